// DESIGN.md's "everything" budget: the provider and the three elements a young person's page uses (contact
// card, checklist, finder), in one bundle. The comparison and the coverage map, added since for councils and
// campaigners, have their own per-element budgets; define.js with all six is reported beside it.
import '../src/components/local-offer/define.js';
import '../src/components/local-offer-contact/define.js';
import '../src/components/local-offer-checklist/define.js';
import '../src/components/local-offer-finder/define.js';

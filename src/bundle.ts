// The one script tag, dist/local-offer.js. <local-offer> and <local-offer-contact>, the elements most
// pages use, are registered at once; the checklist's, the finder's, the comparison's and the coverage map's code comes from chunks/ when
// their tag first appears in the document. What it exports is in script-api.ts.
import './components/local-offer/define.js';
import './components/local-offer-contact/define.js';
import { defineWhenUsed } from './components/shared/define-when-used.js';

const checklist = defineWhenUsed('local-offer-checklist', () => import('./components/local-offer-checklist/define.js'));
// The finder's questions (with the council list and picker) and its results code are asked for with it, not
// after it: each would otherwise be one more round trip before the questions or the first result.
const finder = defineWhenUsed('local-offer-finder', () =>
  Promise.all([
    import('./components/local-offer-finder/define.js'),
    import('./components/local-offer-finder/finder-questions-chunk.js'),
    import('./components/local-offer-finder/finder-results-chunk.js'),
  ]),
);
const compare = defineWhenUsed('local-offer-compare', () => import('./components/local-offer-compare/define.js'));
const coverage = defineWhenUsed('local-offer-coverage', () => import('./components/local-offer-coverage/define.js'));

/**
 * Loads and registers the checklist, the finder, the comparison and the coverage map now, for a page that puts their tags where the script
 * cannot see them arrive (inside a shadow root). Resolves when all are registered.
 */
export async function defineAllElements(): Promise<void> {
  await Promise.all([checklist(), finder(), compare(), coverage()]);
}

export * from './script-api.js';

import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import { fromOruk } from './from-oruk.js';
import { ContactRegistry } from './import-contacts.js';
import { readAges } from './import-eligibility.js';
import { openingHoursFromSchedules } from './opening-hours.js';
import { importServiceContacts } from './service-contacts.js';
import { readArea, readTags, termsOf } from './service-fields.js';
import { clip } from './text-limits.js';

// Lists of a size no directory means to send, but a broken export or a hostile file can: each reader must
// return, in time linear in the list, rather than compare every entry with every other one (which froze
// the converter for minutes) or spread the list into one call (which overflows the stack). A regression
// hangs until the test times out, or throws.

const numbers = (count: number) => Array.from({ length: count }, (_, i) => ({ number: `0117 ${String(1_000_000 + i)}` }));

describe('oruk: lists of hostile size', () => {
  it('reads 20,000 directory terms as 20 tags, counting the rest once each', () => {
    const terms = termsOf({ service_taxonomys: Array.from({ length: 20_000 }, (_, i) => ({ taxonomy: { name: `Topic ${i}` } })) }, 'svc');
    const report = new ConversionReport();
    const tags = readTags({}, 'svc', terms, undefined, report);
    expect(tags).to.deep.equal(Array.from({ length: 20 }, (_, i) => `Topic ${i}`));
    expect(report.lines()).to.contain('dropped svc taxonomy terms: 19980 tags after the first 20: an item has at most 20');
  });

  it('reads 20,000 of our tag attributes, folding repeats into one', () => {
    const attributes = Array.from({ length: 20_000 }, (_, i) => ({ taxonomy_term: { taxonomy: 'local-offer-elements:tag', code: `Tag ${i % 10_000}` } }));
    const terms = termsOf({ attributes }, 'svc');
    expect(terms.ours.get('local-offer-elements:tag')).to.have.length(20_000);
    const report = new ConversionReport();
    expect(readTags({}, 'svc', terms, undefined, report)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `Tag ${i}`));
    expect(report.lines()).to.contain('dropped svc taxonomy terms: 9980 tags after the first 20: an item has at most 20');
  });

  it('counts the votes of 100,000 directory terms for an area', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Mental health ${i}`);
    const terms = { foreign: names.map((name, i) => ({ name, path: `svc.attributes[${i}]` })), ours: new Map() };
    const report = new ConversionReport();
    expect(readArea('svc', 'svc "Club"', 'Club', '', terms, report)).to.equal('health-and-wellbeing');
    expect(report.lines()[0]).to.match(/^assumed svc "Club": area "health-and-wellbeing" from taxonomy terms "Mental health 0", "Mental health 1", /);
  });

  it('keeps each of 100,000 schedule notes once, in a note cut to 300 characters', () => {
    const schedules = Array.from({ length: 100_000 }, (_, i) => ({
      item: { byday: 'MO', opens_at: '09:00', closes_at: '17:00', notes: i % 2 ? `Note ${i}` : `NOTE ${i - 1}` },
      path: `svc.schedules[${i}]`,
    }));
    const report = new ConversionReport();
    const hours = openingHoursFromSchedules(schedules, '2025-06-01', report);
    expect(hours!.monday).to.deep.equal([{ opens: '09:00', closes: '17:00' }]);
    // "NOTE -1" first, then each odd note once: its even twin differs only in case.
    expect(hours!.note!.startsWith('NOTE -1 Note 1 Note 3 Note 5')).to.equal(true);
    expect(hours!.note!.length).to.be.at.most(300);
  });

  it('reads the widest of 200,000 age ranges without overflowing the stack', () => {
    const eligibilitys = Array.from({ length: 200_000 }, (_, i) => ({ minimum_age: 16 + (i % 3), maximum_age: 20 + (i % 5) }));
    const report = new ConversionReport();
    expect(readAges({ eligibilitys }, 'svc', report)).to.deep.equal({ minAge: 16, maxAge: 24 });
    expect(report.lines()).to.contain('assumed svc.eligibilitys: several age ranges: used the widest');
  });

  it('gives 20,000 service numbers to each of 20,000 contacts that have none, without copying them 20,000 times', () => {
    const contacts = Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, name: `Team ${i}`, email: `team${i}@example.org` }));
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    const service = { phones: numbers(20_000), contacts };
    const id = importServiceContacts(
      { service, path: 'svc', name: 'Club', providerId: 'club', serviceAtLocation: undefined, today: '2025-06-01' },
      registry,
      report,
    );
    expect(id).to.equal('team-0');
    expect(registry.contacts).to.have.length(1000);
    const [first] = registry.contacts;
    expect(first!.phone).to.equal('0117 1000000');
    // The notes read as if every other number had been joined, and then cut to 500 characters.
    const all = `Also call ${numbers(20_000)
      .slice(1)
      .map((phone) => phone.number)
      .join(' or ')}.`;
    expect(first!.notes).to.equal(clip(all, 500));
    const lines = report.lines();
    expect(lines).to.contain(
      "assumed svc.contacts[0]: no phone of its own: used the service's (0117 1000000, 0117 1000001, 0117 1000002, 0117 1000003, 0117 1000004 and 19995 more)",
    );
    expect(lines).to.contain('mapped  svc.phones: → the numbers of 20000 contacts ("Team 0" first) that had none');
    expect(lines.filter((line) => line.endsWith('the offer already has 1000 contacts, the most it can hold'))).to.have.length(19_000);
  });

  it('converts a service holding all of these at once', () => {
    const service = {
      name: 'Club',
      status: 'active',
      service_taxonomys: Array.from({ length: 20_000 }, (_, i) => ({ taxonomy: { name: `Housing ${i}` } })),
      eligibilitys: Array.from({ length: 200_000 }, () => ({ minimum_age: 18 })),
      phones: numbers(20_000),
      contacts: Array.from({ length: 5_000 }, (_, i) => ({ name: `Team ${i}`, email: `team${i}@example.org` })),
      schedules: Array.from({ length: 20_000 }, (_, i) => ({ byday: 'TU', opens_at: '10:00', closes_at: '12:00', notes: `Note ${i}` })),
    };
    const result = fromOruk([service], { today: '2025-06-01' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [item] = result.offer.entitlements;
    expect(item).to.deep.include({ area: 'accommodation', eligibility: { minAge: 18 } });
    expect(item!.tags).to.have.length(20);
    expect(result.offer.contacts).to.have.length(1000);
  });
});

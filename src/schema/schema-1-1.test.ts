import { expect } from '@open-wc/testing';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { parseOffer, readOffer } from './parse.js';
import { SCHEMA_VERSION } from './schema-version.js';

/** The issues of an offer whose first entitlement is changed, as "path message". */
function issuesOf(change: (offer: Record<string, any>, item: Record<string, any>) => void): string[] {
  const offer = minimalOffer();
  offer.schemaVersion = '1.1';
  change(offer, offer.entitlements[0]);
  return parseOffer(offer).issues.map((issue) => `${issue.path} ${issue.severity}: ${issue.message}`);
}

describe('schema 1.1', () => {
  it('reads 1.1, and every 1.0 file still validates', async () => {
    expect(SCHEMA_VERSION).to.equal('1.1');
    expect(issuesOf(() => {})).to.deep.equal([]);
    const old = minimalOffer();
    expect(old.schemaVersion).to.equal('1.0');
    expect(parseOffer(old).ok).to.equal(true);
    for (const name of ['manchester', 'nottinghamshire', 'southwark']) {
      const file = await (await fetch(`/schema/examples/${name}.json`)).json();
      const result = parseOffer(file);
      expect(result.ok, `${name}: ${result.issues.map((i) => i.message).join('; ')}`).to.equal(true);
    }
    const newer = minimalOffer();
    newer.schemaVersion = '1.2';
    expect(parseOffer(newer).issues.map((issue) => issue.severity)).to.deep.equal(['warning']);
  });

  it('checks that a value adds up and says one thing', () => {
    expect(issuesOf((_, item) => (item.value = { amountPence: 200000, instalmentsPence: [66700, 66600, 66600] }))).to.deep.equal([
      '/entitlements/0/value/instalmentsPence error: "instalmentsPence" add up to £1,999, not the £2,000 of "amountPence"',
    ]);
    expect(issuesOf((_, item) => (item.value = { period: 'week' }))).to.deep.equal([
      '/entitlements/0/value/period warning: "period" is given without an amount: add "amountPence", or "notPublished": true if the amount is not published',
    ]);
    expect(issuesOf((_, item) => (item.value = { period: 'week', notPublished: true }))).to.deep.equal([]);
    expect(issuesOf((_, item) => (item.value = { amountPence: 100, notPublished: true }))).to.deep.equal([
      '/entitlements/0/value/notPublished error: "notPublished" is true, yet an amount is given: keep one',
    ]);
    expect(issuesOf((_, item) => (item.value = { amountPence: 100, tiers: [{ amountPence: 1 }, { amountPence: 2 }] }))).to.deep.equal([
      '/entitlements/0/value/tiers error: Give the amount in each of "tiers", not also in "value"',
    ]);
    expect(issuesOf((_, item) => (item.value = { tiers: [{ minAge: 20, maxAge: 18 }, { amountPence: 2 }] }))).to.deep.equal([
      '/entitlements/0/value/tiers/0 error: Each tier needs "amountPence" or "percentage"',
      '/entitlements/0/value/tiers/0/maxAge error: "maxAge" (18) must not be less than "minAge" (20)',
    ]);
    expect(issuesOf((_, item) => (item.value = { amountPence: 100, count: 5 }))).to.deep.equal([
      '/entitlements/0/value/count error: "count" needs a "period" that repeats, such as "week" for "5 weeks"',
    ]);
    expect(issuesOf((_, item) => (item.value = { kind: 'price' }))).to.deep.equal([
      '/entitlements/0/value error: "value" needs an amount ("amountPence", "percentage" or "tiers"), "notPublished": true, or a "description"',
    ]);
    expect(issuesOf((_, item) => (item.value = { percentage: 150 }))).to.deep.equal([
      '/entitlements/0/value/percentage error: "percentage" must be 100 or less',
    ]);
  });

  it('checks every reference: paid from, delivered by, funded by, part of', () => {
    expect(issuesOf((_, item) => (item.value = { description: 'A van', paidFrom: 'nothing' }))).to.deep.equal([
      '/entitlements/0/value/paidFrom error: "paidFrom" "nothing" does not match the id of any entitlement in "entitlements"',
    ]);
    expect(issuesOf((_, item) => (item.value = { description: 'A van', paidFrom: item.id }))).to.deep.equal([
      '/entitlements/0/value/paidFrom error: "paidFrom" names this item itself',
    ]);
    expect(issuesOf((_, item) => ((item.deliveredBy = ['notts', 'nobody']), (item.fundedBy = ['ghost'])))).to.deep.equal([
      '/entitlements/0/deliveredBy/1 error: "deliveredBy" "nobody" does not match the id of any provider in "providers"',
      '/entitlements/0/fundedBy/0 error: "fundedBy" "ghost" does not match the id of any provider in "providers"',
    ]);
    expect(
      issuesOf((offer) => {
        offer.providers.push({ id: 'team', name: 'Virtual School', kind: 'council', partOf: 'notts' });
        offer.providers.push({ id: 'a', name: 'A', kind: 'charity', partOf: 'b' }, { id: 'b', name: 'B', kind: 'charity', partOf: 'a' });
        offer.providers.push({ id: 'c', name: 'C', kind: 'charity', partOf: 'nobody' });
      }),
      'a team needs no council code of its own; a loop or a missing parent is an error',
    ).to.deep.equal([
      '/providers/3/partOf error: "partOf" leads back to this provider',
      '/providers/4/partOf error: "partOf" leads back to this provider',
      '/providers/5/partOf error: "partOf" "nobody" does not match the id of any provider in "providers"',
    ]);
  });

  it('checks availability and every alternative of eligibility', () => {
    expect(
      issuesOf((_, item) => {
        item.available = { from: '2027-04-01', until: '2027-03-31', hours: { monday: [{ opens: '17:00', closes: '09:00' }] } };
        item.eligibility = { anyOf: [{ minAge: 18 }, { minAge: 25, maxAge: 22 }] };
      }),
    ).to.deep.equal([
      '/entitlements/0/eligibility/anyOf/1/maxAge error: "maxAge" (22) must not be less than "minAge" (25)',
      '/entitlements/0/available/until error: "until" (2027-03-31) must not be before "from" (2027-04-01)',
      '/entitlements/0/available/hours/monday/0/closes error: "closes" (09:00) must be after "opens" (17:00); split an overnight line into two days',
    ]);
    expect(issuesOf((_, item) => (item.eligibility = { anyOf: [{ minAge: 18 }] }))).to.deep.equal([
      '/entitlements/0/eligibility/anyOf error: "anyOf" must have at least 2 items',
    ]);
  });

  it('the elements leave out a bad reference and keep the item; never a bad status or availability', () => {
    const offer = minimalOffer();
    offer.entitlements[0].deliveredBy = ['notts', 'nobody'];
    offer.entitlements[1].status = 'paused';
    const result = readOffer(offer);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.entitlements.map((e) => e.id)).to.deep.equal(['setting-up-home']);
    expect(result.value.entitlements[0]!.deliveredBy).to.deep.equal(['notts']);
  });
});

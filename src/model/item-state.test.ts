import { expect } from '@open-wc/testing';
import type { Entitlement } from '../schema/offer-schema.js';
import { itemState } from './item-state.js';

const item = (extra: Partial<Entitlement>): Entitlement => ({
  id: 'x',
  title: 'X',
  summary: 'x',
  area: 'relationships',
  basis: 'discretionary',
  providerId: 'p',
  ...extra,
});

describe('itemState', () => {
  it('ends an item by its status or after its last day, and starts it on its first', () => {
    expect(itemState(item({}), '2026-11-23')).to.equal('running');
    expect(itemState(item({ status: 'ended' }), '2026-11-23')).to.equal('ended');
    expect(itemState(item({ available: { until: '2026-11-22' } }), '2026-11-23')).to.equal('ended');
    expect(itemState(item({ available: { until: '2026-11-23' } }), '2026-11-23'), 'the last day is still a day').to.equal('running');
    expect(itemState(item({ available: { from: '2026-11-24' } }), '2026-11-23')).to.equal('not-started');
    expect(itemState(item({ available: { from: '2026-11-23' } }), '2026-11-23')).to.equal('running');
    expect(itemState(item({ status: 'proposed', available: { from: '2027-01-01' } }), '2026-11-23')).to.equal('proposed');
    expect(itemState(item({ status: 'pilot' }), '2026-11-23')).to.equal('pilot');
    expect(itemState(item({ available: { until: '2020-01-01' } }), undefined), 'with no date known, nothing is hidden by date').to.equal('running');
  });
});

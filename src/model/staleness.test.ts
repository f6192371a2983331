import { expect } from '@open-wc/testing';
import { isStale, monthsBetween } from './staleness.js';

describe('staleness', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween('2025-11-23', '2026-11-23')).to.equal(12);
    expect(monthsBetween('2025-11-24', '2026-11-23')).to.equal(11);
    expect(monthsBetween('2026-01-31', '2026-02-28')).to.equal(0);
    expect(monthsBetween('2026-12-01', '2026-11-23')).to.equal(-1);
  });
  it('is stale from 12 months by default, or as configured', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(isStale('2025-11-23', now)).to.equal(true);
    expect(isStale('2025-11-24', now)).to.equal(false);
    expect(isStale('2026-05-23', now, 6)).to.equal(true);
    expect(isStale('2026-09-01', now)).to.equal(false);
  });
});

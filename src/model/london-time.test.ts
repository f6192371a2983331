import { expect } from '@open-wc/testing';
import { londonTime } from './london-time.js';

describe('London time', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(londonTime(new Date('2026-11-23T10:00:00Z'))).to.deep.equal({ date: '2026-11-23', weekday: 'monday', minutes: 600 });
    expect(londonTime(new Date('2026-07-06T10:00:00Z'))).to.deep.equal({ date: '2026-07-06', weekday: 'monday', minutes: 660 });
  });
  it('moves to the next day at midnight London time, not UTC', () => {
    expect(londonTime(new Date('2026-07-06T23:30:00Z'))).to.deep.equal({ date: '2026-07-07', weekday: 'tuesday', minutes: 30 });
    expect(londonTime(new Date('2026-11-23T00:00:00Z')).minutes).to.equal(0);
  });
});

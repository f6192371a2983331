import { expect } from '@open-wc/testing';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { longDate, nationalAmountHints, pounds } from './amount-hints.js';

/** The minimal offer with its first item pointing at a national entitlement with a value. */
function offerWith(nationalEntitlement: string, value: Record<string, unknown>) {
  const offer = minimalOffer();
  Object.assign(offer.entitlements[0], { nationalEntitlement, value });
  return offer;
}

const messages = (offer: unknown) => nationalAmountHints(offer).map((issue) => [issue.path, issue.severity, issue.message]);
const AT = '/entitlements/0/value/amountPence';

describe('pounds and dates in messages', () => {
  it('writes pounds with commas and pence only when there are some', () => {
    expect(pounds(300000)).to.equal('£3,000');
    expect(pounds(199950)).to.equal('£1,999.50');
    expect(pounds(5)).to.equal('£0.05');
    expect(pounds(123456789)).to.equal('£1,234,567.89');
  });

  it('writes a date as people say it', () => {
    expect(longDate('2023-04-01')).to.equal('1 April 2023');
  });
});

describe('amounts below the national figure', () => {
  it('says pounds were probably written for pence, below a tenth of the figure', () => {
    expect(messages(offerWith('setting-up-home-allowance', { amountPence: 3000, period: 'once' }))).to.deep.equal([
      [
        AT,
        'warning',
        '"amountPence" is 3000, which is £30; the national figure for the setting-up-home allowance is £3,000. Amounts are in pence, so £3,000 is 300000',
      ],
    ]);
  });

  it('says the government recommends only for a recommendation, and the law sets only for a statute', () => {
    expect(messages(offerWith('setting-up-home-allowance', { amountPence: 250000 }))).to.deep.equal([
      [AT, 'warning', '"amountPence" is £2,500, less than the £3,000 the government recommends (from 1 April 2023)'],
    ]);
    expect(messages(offerWith('higher-education-bursary', { amountPence: 150000, period: 'once' }))).to.deep.equal([
      [AT, 'warning', '"amountPence" is £1,500, less than the £2,000 the law sets (from 1 September 2008)'],
    ]);
    expect(messages(offerWith('apprenticeship-bursary', { amountPence: 250000 }))).to.deep.equal([
      [AT, 'warning', '"amountPence" is £2,500, less than the national figure of £3,000 (from 1 August 2023)'],
    ]);
  });

  it('says nothing for the figure or more, another period, a national maximum, no amount, or an entry without one', () => {
    expect(messages(offerWith('setting-up-home-allowance', { amountPence: 300000 }))).to.deep.equal([]);
    expect(messages(offerWith('setting-up-home-allowance', { amountPence: 350000 }))).to.deep.equal([]);
    expect(messages(offerWith('setting-up-home-allowance', { amountPence: 5000, period: 'month' }))).to.deep.equal([]);
    expect(messages(offerWith('bursary-16-19', { amountPence: 100000 })), '"up to £1,200"').to.deep.equal([]);
    expect(messages(offerWith('setting-up-home-allowance', { description: 'A grant' }))).to.deep.equal([]);
    expect(messages(offerWith('personal-adviser', { amountPence: 1 }))).to.deep.equal([]);
    expect(messages(offerWith('no-such-entry', { amountPence: 1 }))).to.deep.equal([]);
    expect(messages({ entitlements: 'none' })).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { Localizer } from '../i18n/localize.js';
import { OFFER_ITEM_STRINGS } from '../i18n/strings/offer-items.js';
import type { EntitlementValue } from '../schema/offer-schema.js';
import { describeValue } from './value.js';

const words = new Localizer(OFFER_ITEM_STRINGS);
const say = (value: EntitlementValue, paidFromTitle?: string) => describeValue(value, words, { paidFromTitle });

describe('describeValue: every kind of value in words', () => {
  it('money given, with each period', () => {
    expect(say({ amountPence: 300000, period: 'once' }).lines).to.deep.equal(['£3,000, once']);
    expect(say({ amountPence: 120000, upTo: true, period: 'academic-year' }).lines).to.deep.equal(['up to £1,200 each academic year']);
    expect(say({ amountPence: 5000, period: 'term' }).lines).to.deep.equal(['£50 a term']);
    expect(say({ amountPence: 2500, period: 'birthday' }).lines).to.deep.equal(['£25 on your birthday']);
    expect(say({ amountPence: 1250, period: 'month', kind: 'money' }).lines).to.deep.equal(['£12.50 a month']);
    expect(say({ amountPence: 300000 }).label).to.equal('worth');
  });

  it('a count of periods, with the total worked out (not for "up to")', () => {
    expect(say({ amountPence: 5790, period: 'week', count: 5 }).lines).to.deep.equal(['£57.90 a week for 5 weeks, £289.50 in all']);
    expect(say({ amountPence: 5000, upTo: true, period: 'month', count: 3 }).lines).to.deep.equal(['up to £50 a month for 3 months']);
    expect(say({ kind: 'discount', percentage: 50, period: 'each-time', count: 10 }).lines).to.deep.equal(['50% off each time for 10 times']);
  });

  it('instalments, and a total from them when no amount is given', () => {
    expect(say({ amountPence: 200000, period: 'once', instalmentsPence: [66700, 66700, 66600] }).lines).to.deep.equal([
      '£2,000, once',
      'Paid in 3 parts: £667, £667 and £666',
    ]);
    expect(say({ instalmentsPence: [100000, 100000] }).lines).to.deep.equal(['£2,000', 'Paid in 2 parts: £1,000 and £1,000']);
  });

  it('tiers by age (birthday money reads "when you turn") and by a stated condition', () => {
    const birthday = say({
      period: 'birthday',
      tiers: [
        { amountPence: 2500, minAge: 19, maxAge: 19 },
        { amountPence: 5000, minAge: 21, maxAge: 21 },
      ],
    });
    expect(birthday.lines).to.deep.equal(['£25 when you turn 19', '£50 when you turn 21']);
    const byAge = say({
      period: 'year',
      tiers: [
        { amountPence: 10000, minAge: 18, maxAge: 20 },
        { amountPence: 5000, minAge: 21 },
        { amountPence: 1000, maxAge: 17 },
        { amountPence: 100, minAge: 16, maxAge: 16 },
      ],
    });
    expect(byAge.lines).to.deep.equal(['£100 a year when you are 18 to 20', '£50 a year from age 21', '£10 a year up to age 17', '£1 a year at 16']);
    expect(
      say({
        tiers: [
          { amountPence: 5000, condition: 'for passing GCSEs' },
          { amountPence: 10000, condition: 'if English and maths are among them' },
        ],
      }).lines,
    ).to.deep.equal(['£50 for passing GCSEs', '£100 if English and maths are among them']);
    expect(
      say({
        kind: 'discount',
        tiers: [
          { percentage: 100, maxAge: 20, condition: 'if you live alone' },
          { percentage: 25, minAge: 21 },
        ],
      }).lines,
    ).to.deep.equal(['100% off up to age 20 if you live alone', '25% off from age 21']);
  });

  it('a discount, a price the young person pays, goods, a service and a loan are never read as money given', () => {
    expect(say({ kind: 'discount', percentage: 50 }).lines).to.deep.equal(['50% off']);
    expect(say({ kind: 'discount', percentage: 12.5 }).lines).to.deep.equal(['12.5% off']);
    expect(say({ kind: 'discount', amountPence: 2000, period: 'month' }).lines).to.deep.equal(['£20 off a month']);
    const price = say({ kind: 'price', amountPence: 200, period: 'each-time' });
    expect(price.label).to.equal('costs');
    expect(price.lines).to.deep.equal(['£2 each time']);
    expect(say({ kind: 'goods', amountPence: 2000, period: 'once' }).lines).to.deep.equal(['Goods or vouchers worth £20, once']);
    expect(say({ kind: 'service', amountPence: 15000 }).lines).to.deep.equal(['Help worth £150']);
    expect(say({ kind: 'loan', amountPence: 50000 }).lines).to.deep.equal(['A loan of £500, which you pay back']);
  });

  it('says what it is paid out of, so it never looks like extra money', () => {
    expect(say({ kind: 'service', paidFrom: 'home', description: 'A removal van' }, 'Setting-up-home allowance').lines).to.deep.equal([
      'A removal van',
      'Paid out of “Setting-up-home allowance”, not on top of it',
    ]);
  });

  it('never drops a period or an unpublished amount', () => {
    expect(say({ period: 'week', notPublished: true }).lines).to.deep.equal(['Paid every week. The amount is not published: ask your personal adviser']);
    expect(say({ notPublished: true }).lines).to.deep.equal(['The amount is not published: ask your personal adviser']);
    expect(say({ period: 'month', description: 'A bus pass' }).lines).to.deep.equal(['A bus pass (every month)']);
    expect(say({ amountPence: 300000, period: 'once', description: 'in vouchers' }).lines).to.deep.equal(['£3,000, once (in vouchers)']);
    expect(say({ description: '100% off your council tax' }).lines).to.deep.equal(['100% off your council tax']);
  });
});

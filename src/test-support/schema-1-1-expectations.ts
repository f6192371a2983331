/**
 * What every output must say about test/fixtures/offers/schema-1-1.json: one row per thing real offers
 * say that schema 1.0 could not, with the words a young person must read, for a 19-year-old who left care
 * at 18, lives in Ashfield and was looked after by Nottinghamshire.
 */
export const SCHEMA_1_1_OFFER = '/test/fixtures/offers/schema-1-1.json';
export const SCHEMA_1_1_DIRECTORY = '/test/fixtures/offers/directory-1-1.json';

/** [what the real offer said, words every output shows] */
export const SHOWN: readonly (readonly [string, readonly string[]])[] = [
  ['£57.90 a week for 5 weeks', ['£57.90 a week for 5 weeks, £289.50 in all']],
  ['£2,000 in three instalments', ['£2,000, once', 'Paid in 3 parts: £667, £667 and £666']],
  ['£25 at 19, £25 at 20, £50 at 21', ['£25 when you turn 19', '£25 when you turn 20', '£50 when you turn 21']],
  ['£50 for GCSEs, £100 with English and maths', ['£50 for passing GCSEs', '£100 if English and maths are among them']],
  [
    'council tax by age and household',
    [
      '100% off up to age 20 if you live alone or with other care leavers',
      '50% off up to age 20 if you live with other adults',
      '50% off when you are 21 to 24 if you live alone or with other care leavers',
      '25% off when you are 21 to 24 if you live with other adults',
    ],
  ],
  ['50% off racquet sports, weekdays 9 to 5, in Ashfield', ['50% off', 'Monday to Friday: 9am to 5pm', 'In Ashfield']],
  ['£2 a gym visit, a price you pay', ['What you pay', '£2 each time']],
  ['a £20 move-in pack', ['Goods or vouchers worth £20, once']],
  ['a van paid out of the setting-up-home allowance', ['A van and a driver for your move', 'Paid out of “Setting-up-home allowance”, not on top of it']],
  ['an amount not published', ['Paid every week. The amount is not published: ask your personal adviser']],
  ['based on assessed need', ['Given when you need it: ask your personal adviser']],
  ['18 to 21, or to 25 in education', ['you are 18 to 21, or you are 22 to 24 and in education or training']],
  ['live in, or want to live in, Preston', ['you live in, or want to live in, Preston']],
  ['a scheme from a fixed date', ['Starts on 1 April 2027.']],
  ['a pilot', ['A pilot: it may not carry on.']],
  ['a proposal', ['Proposed, not agreed yet: it may change or not happen.']],
  [
    'one grant, delivered by the county and its districts, paid for by the county',
    ['Nottinghamshire County Council, Ashfield District Council, Bassetlaw District Council', 'Rushcliffe Borough Council', 'Paid for by'],
  ],
  ['a team inside a council', ['Virtual School (Nottinghamshire County Council)']],
];

/** Titles of items no output may show: ended, past their last day, or only for people living elsewhere. */
export const HIDDEN: readonly string[] = ['Laptop scheme', 'Winter fuel help', 'Visits if you live outside Nottinghamshire'];

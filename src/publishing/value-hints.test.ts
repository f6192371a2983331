import { expect } from '@open-wc/testing';
import { rootSchema, schemasAt } from './schema-walk.js';
import { suggestDate, suggestLink, valueHint } from './value-hints.js';

const hintAt = (value: unknown, ...path: string[]) => valueHint(path[path.length - 1]!, value, schemasAt(rootSchema('offer'), path));

describe('dates written another way', () => {
  it('reads slashes, dots and hyphens day first, as in the UK, and a two-digit year as this century', () => {
    expect(suggestDate('01/04/2025')).to.equal('2025-04-01');
    expect(suggestDate('1/4/25')).to.equal('2025-04-01');
    expect(suggestDate('31.12.2026')).to.equal('2026-12-31');
    expect(suggestDate('04/01/2025'), 'the 4th of January, not April the 1st').to.equal('2025-01-04');
  });

  it('reads the year first, month names, and date-times', () => {
    expect(suggestDate('2025/04/01')).to.equal('2025-04-01');
    expect(suggestDate('2025-4-1')).to.equal('2025-04-01');
    expect(suggestDate('1 April 2025')).to.equal('2025-04-01');
    expect(suggestDate('1st Sept 2025')).to.equal('2025-09-01');
    expect(suggestDate('April 1, 2025')).to.equal('2025-04-01');
    expect(suggestDate('2025-04-01T09:00:00Z')).to.equal('2025-04-01');
  });

  it('never guesses an impossible date, a month-first date that cannot be day-first, or words', () => {
    for (const text of ['31/04/2025', '29/02/2025', '04/13/2025', '2026-02-30', '1 Smarch 2025', 'next April', '1/4', '13/13/13']) {
      expect(suggestDate(text), text).to.equal(undefined);
    }
    expect(suggestDate('29/02/2024'), 'a leap year').to.equal('2024-02-29');
  });

  it('adds the date to the message only in a date property', () => {
    expect(hintAt('01/04/2025', 'lastReviewed')).to.equal(': write "2025-04-01"');
    expect(hintAt('1 April 2025', 'contacts', '0', 'openingHours', 'closedDates', '2')).to.equal(': write "2025-04-01"');
    expect(hintAt('31/04/2025', 'lastReviewed')).to.equal(undefined);
    expect(hintAt('01/04/2025', 'title'), 'not a date property').to.equal(undefined);
  });
});

describe('links written without their scheme', () => {
  it('makes a web address of a host name, a tel: link of a phone number, and a mailto: link of an email', () => {
    expect(suggestLink('www.council.gov.uk/care-leavers')).to.deep.equal({ what: 'a web address', link: 'https://www.council.gov.uk/care-leavers' });
    expect(suggestLink('council.gov.uk')).to.deep.equal({ what: 'a web address', link: 'https://council.gov.uk' });
    expect(suggestLink('0115 496 0123')).to.deep.equal({ what: 'a phone number', link: 'tel:01154960123' });
    expect(suggestLink('+44 (0)115 496 0123')?.link).to.equal('tel:+4401154960123');
    expect(suggestLink('team@council.gov.uk')).to.deep.equal({ what: 'an email address', link: 'mailto:team@council.gov.uk' });
  });

  it('suggests nothing for what is not plainly one of those', () => {
    for (const text of ['javascript:alert(1)', 'ftp://example.org/page', 'Ring us', '0115', 'see our page'])
      expect(suggestLink(text), text).to.equal(undefined);
  });

  it('adds the link to the message in link properties', () => {
    expect(hintAt('www.council.gov.uk/care-leavers', 'contacts', '0', 'website')).to.equal(
      '. For a web address, write "https://www.council.gov.uk/care-leavers"',
    );
    expect(hintAt('0115 496 0123', 'providers', '0', 'website')).to.equal('. For a phone number, write "tel:01154960123"');
    expect(hintAt('team@council.gov.uk', 'entitlements', '1', 'links', '0', 'url')).to.equal('. For an email address, write "mailto:team@council.gov.uk"');
  });
});

describe('objects and lists written as text', () => {
  it('shows the right shape of the objects publishers most often write as text, and where the words go', () => {
    expect(hintAt('Mon-Fri 9-5', 'contacts', '0', 'openingHours')).to.equal(
      '. Write it like: {"monday": [{"opens": "09:00", "closes": "17:00"}]}, and put words in "note"',
    );
    expect(hintAt('1 High Street, Nottingham NG1 1AA', 'contacts', '0', 'address')).to.equal(
      '. Write it like: {"lines": ["1 High Street", "Nottingham"], "postcode": "NG1 1AA"}',
    );
    expect(hintAt('£3,000', 'entitlements', '0', 'value')).to.equal('. Write it like: {"amountPence": 300000}');
    expect(hintAt('Up to £50 a week', 'entitlements', '0', 'value')).to.equal(
      '. Write it like: {"amountPence": 300000, "period": "once"}, and put words in "description"',
    );
    expect(hintAt('Care leavers aged 18 to 24', 'entitlements', '0', 'eligibility')).to.equal(
      '. Write it like: {"statuses": ["former-relevant"], "minAge": 18, "maxAge": 24}, and put words in "conditions"',
    );
    expect(hintAt('Nottinghamshire County Council', 'publisher')).to.equal('. Write it like: {"name": "Nottinghamshire County Council"}');
  });

  it('shows the shape of "available", from schema 1.1', () => {
    expect(hintAt('April 2026 to March 2027', 'entitlements', '0', 'available')).to.equal(
      '. Write it like: {"from": "2026-04-01", "until": "2027-03-31"}, and put words in "note"',
    );
  });

  it('lists the properties of any other object', () => {
    expect(hintAt('More information', 'entitlements', '0', 'links', '0')).to.equal('. Write it as an object with any of these properties: "title", "url"');
  });

  it('makes a list of text that belongs in a list, when the items are right', () => {
    expect(hintAt('E10000024', 'covers')).to.equal('. Write it as a list: ["E10000024"]');
    expect(hintAt('E10000024, E07000170', 'covers')).to.equal('. Write it as a list: ["E10000024", "E07000170"]');
    expect(hintAt('Nottinghamshire', 'covers'), 'not a council code').to.equal(undefined);
  });

  it('adds nothing to values that are not text, or that are right', () => {
    expect(hintAt(5, 'contacts', '0', 'openingHours')).to.equal(undefined);
    expect(hintAt('2025-04-01', 'lastReviewed')).to.equal(undefined);
  });
});

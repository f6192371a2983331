import { expect } from '@open-wc/testing';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { NATIONAL_ENTITLEMENT_IDS } from '../entitlements/national-catalogue.js';
import { parseOffer, parseOfferText } from './parse.js';
import type { ValidationIssue } from './issues.js';

function errorsOf(input: unknown): ValidationIssue[] {
  const result = parseOffer(input);
  expect(result.ok, 'expected the offer to be refused').to.equal(false);
  return result.issues.filter((issue) => issue.severity === 'error');
}

function issueAt(issues: readonly ValidationIssue[], path: string): ValidationIssue {
  const found = issues.find((issue) => issue.path === path);
  expect(found, `no issue at ${path}; got ${JSON.stringify(issues)}`).to.exist;
  return found!;
}

describe('parseOffer', () => {
  it('accepts a valid offer and returns the typed model with no issues', () => {
    const result = parseOffer(minimalOffer());
    expect(result.ok).to.equal(true);
    expect(result.issues).to.deep.equal([]);
    if (result.ok) expect(result.value.entitlements[0]!.value!.amountPence).to.equal(300000);
  });

  it('names a missing required property by its pointer', () => {
    const offer = minimalOffer();
    delete offer.entitlements[1].title;
    const issue = issueAt(errorsOf(offer), '/entitlements/1/title');
    expect(issue.message).to.equal('"title" is required');
  });

  it('refuses blank text', () => {
    const offer = minimalOffer();
    offer.title = '   ';
    expect(issueAt(errorsOf(offer), '/title').message).to.equal('"title" must not be empty');
  });

  it('says what type was expected and what was found', () => {
    const offer = minimalOffer();
    offer.entitlements[0].eligibility.minAge = '18';
    expect(issueAt(errorsOf(offer), '/entitlements/0/eligibility/minAge').message).to.equal('"minAge" must be a number, not text');
  });

  it('lists the allowed values of a vocabulary', () => {
    const offer = minimalOffer();
    offer.entitlements[0].area = 'money';
    expect(issueAt(errorsOf(offer), '/entitlements/0/area').message).to.contain('"financial-literacy"');
  });

  describe('links', () => {
    const attempt = (url: string) => {
      const offer = minimalOffer();
      offer.entitlements[0].links[0].url = url;
      return parseOffer(offer);
    };
    for (const url of [
      'https://example.org/a',
      'HTTPS://EXAMPLE.ORG',
      'http://example.org',
      'tel:01154960123',
      'mailto:team@example.org',
      'sms:07700900123',
      '  https://example.org/leading-spaces',
      'TeL:0115',
    ]) {
      it(`allows ${JSON.stringify(url)}`, () => expect(attempt(url).ok).to.equal(true));
    }
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'ftp://example.org',
      '//example.org/no-scheme',
      'https://',
      'example.org',
    ]) {
      it(`refuses ${JSON.stringify(url)} and names the pointer`, () => {
        const result = attempt(url);
        expect(result.ok).to.equal(false);
        expect(issueAt(result.issues, '/entitlements/0/links/0/url').message).to.contain('https://');
      });
    }
  });

  describe('dates', () => {
    for (const date of ['2023-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '26-09-01', '2026-9-1', '2026-09-01T10:00:00Z', '1 September 2026']) {
      it(`refuses ${date}`, () => {
        const offer = minimalOffer();
        offer.lastReviewed = date;
        expect(issueAt(errorsOf(offer), '/lastReviewed').message).to.contain('real calendar date');
      });
    }
    it('accepts 29 February in a leap year', () => {
      const offer = minimalOffer();
      offer.lastReviewed = '2024-02-29';
      expect(parseOffer(offer).ok).to.equal(true);
    });
    it('warns when the next review is before the last one', () => {
      const offer = minimalOffer();
      offer.nextReviewDue = '2025-01-01';
      const result = parseOffer(offer);
      expect(result.ok).to.equal(true);
      expect(issueAt(result.issues, '/nextReviewDue').severity).to.equal('warning');
    });
  });

  describe('cross-references', () => {
    it('refuses an item whose provider does not exist', () => {
      const offer = minimalOffer();
      offer.entitlements[1].providerId = 'nobody';
      expect(issueAt(errorsOf(offer), '/entitlements/1/providerId').message).to.contain('"nobody"');
    });
    it('refuses an item whose contact does not exist', () => {
      const offer = minimalOffer();
      offer.entitlements[0].contactId = 'ghost';
      expect(issueAt(errorsOf(offer), '/entitlements/0/contactId').message).to.contain('"ghost"');
    });
    it('refuses a contact run by a provider that does not exist', () => {
      const offer = minimalOffer();
      offer.contacts[0].providerId = 'ghost';
      issueAt(errorsOf(offer), '/contacts/0/providerId');
    });
    it('refuses duplicate ids, pointing at the second', () => {
      const offer = minimalOffer();
      offer.entitlements[1].id = 'setting-up-home';
      expect(issueAt(errorsOf(offer), '/entitlements/1/id').message).to.contain('used twice');
    });
    it('refuses a contact with no way to get in touch', () => {
      const offer = minimalOffer();
      delete offer.contacts[0].phone;
      issueAt(errorsOf(offer), '/contacts/0');
    });
    it('warns about a national entitlement the catalogue does not know', () => {
      const offer = minimalOffer();
      offer.entitlements[0].nationalEntitlement = 'free-moon';
      expect(parseOffer(offer).issues, 'without the catalogue, nothing to check against').to.deep.equal([]);
      const result = parseOffer(offer, { nationalEntitlementIds: NATIONAL_ENTITLEMENT_IDS });
      expect(result.ok).to.equal(true);
      expect(issueAt(result.issues, '/entitlements/0/nationalEntitlement').severity).to.equal('warning');
    });
    it('warns when a council tier does not match its code', () => {
      const offer = minimalOffer();
      offer.providers[0].tier = 'district';
      expect(issueAt(parseOffer(offer).issues, '/providers/0/tier').severity).to.equal('warning');
    });
  });

  describe('ages', () => {
    it('refuses minAge above maxAge', () => {
      const offer = minimalOffer();
      offer.entitlements[0].eligibility = { minAge: 21, maxAge: 18 };
      expect(issueAt(errorsOf(offer), '/entitlements/0/eligibility/maxAge').message).to.contain('"minAge"');
    });
    for (const [age, message] of [
      [31, '30 or less'],
      [-1, '0 or more'],
      [17.5, 'a whole number'],
    ] as const) {
      it(`refuses age ${age}`, () => {
        const offer = minimalOffer();
        offer.entitlements[0].eligibility.maxAge = age;
        expect(issueAt(errorsOf(offer), '/entitlements/0/eligibility/maxAge').message).to.contain(message);
      });
    }
    it('accepts equal ages and the bounds 0 and 30', () => {
      const offer = minimalOffer();
      offer.entitlements[0].eligibility = { minAge: 0, maxAge: 30 };
      offer.entitlements[1].eligibility = { minAge: 21, maxAge: 21 };
      expect(parseOffer(offer).ok).to.equal(true);
    });
  });

  describe('opening hours', () => {
    it('refuses a closing time before the opening time', () => {
      const offer = minimalOffer();
      offer.contacts[0].openingHours.monday = [{ opens: '17:00', closes: '09:00' }];
      issueAt(errorsOf(offer), '/contacts/0/openingHours/monday/0/closes');
    });
    it('refuses overlapping intervals and times that are not times', () => {
      const offer = minimalOffer();
      offer.contacts[0].openingHours.monday = [
        { opens: '09:00', closes: '13:00' },
        { opens: '12:00', closes: '17:00' },
      ];
      issueAt(errorsOf(offer), '/contacts/0/openingHours/monday/1/opens');
      offer.contacts[0].openingHours.monday = [{ opens: '9am', closes: '24:30' }];
      const issues = errorsOf(offer);
      issueAt(issues, '/contacts/0/openingHours/monday/0/opens');
      issueAt(issues, '/contacts/0/openingHours/monday/0/closes');
    });
    it('accepts split hours and a midnight close', () => {
      const offer = minimalOffer();
      offer.contacts[0].openingHours = {
        monday: [
          { opens: '09:00', closes: '12:30' },
          { opens: '13:30', closes: '17:00' },
        ],
        friday: [{ opens: '17:00', closes: '24:00' }],
        saturday: [{ opens: '00:00', closes: '24:00' }],
      };
      expect(parseOffer(offer).ok).to.equal(true);
    });
    it('checks bank-holiday hours like a day, and closed dates as real dates', () => {
      const offer = minimalOffer();
      offer.contacts[0].openingHours.bankHolidays = [{ opens: '14:00', closes: '10:00' }];
      offer.contacts[0].openingHours.closedDates = ['2026-12-24', '2026-02-30'];
      const issues = errorsOf(offer);
      expect(issueAt(issues, '/contacts/0/openingHours/closedDates/1').message).to.contain('real calendar date');
      offer.contacts[0].openingHours.closedDates = ['2026-12-24'];
      issueAt(errorsOf(offer), '/contacts/0/openingHours/bankHolidays/0/closes');
      offer.contacts[0].openingHours.bankHolidays = [];
      expect(parseOffer(offer).ok).to.equal(true);
    });
    it('warns that a line always open ignores its bank holidays and closed dates', () => {
      const offer = minimalOffer();
      offer.contacts[0].openingHours = { alwaysOpen: true, bankHolidays: [] };
      const result = parseOffer(offer);
      expect(result.ok).to.equal(true);
      expect(issueAt(result.issues, '/contacts/0/openingHours/alwaysOpen').severity).to.equal('warning');
    });
  });

  describe('schema versions', () => {
    it('loads a newer minor version with a warning', () => {
      const offer = minimalOffer();
      offer.schemaVersion = '1.4';
      const result = parseOffer(offer);
      expect(result.ok).to.equal(true);
      expect(issueAt(result.issues, '/schemaVersion').message).to.contain('newer than this library');
    });
    it('refuses a major version it cannot read, and says so', () => {
      const offer = minimalOffer();
      offer.schemaVersion = '2.0';
      expect(issueAt(errorsOf(offer), '/schemaVersion').message).to.contain('cannot read');
    });
    for (const version of [undefined, 1, 'one', '1', '1.0.0']) {
      it(`refuses schemaVersion ${JSON.stringify(version)}`, () => {
        const offer = minimalOffer();
        offer.schemaVersion = version;
        issueAt(errorsOf(offer), '/schemaVersion');
      });
    }
  });

  describe('unknown properties', () => {
    it('are warnings at their own pointer, and the offer still loads without them', () => {
      const offer = minimalOffer();
      offer.futureField = { anything: true };
      offer.entitlements[0].colour = 'blue';
      const result = parseOffer(offer);
      expect(result.ok).to.equal(true);
      expect(issueAt(result.issues, '/futureField').severity).to.equal('warning');
      expect(issueAt(result.issues, '/entitlements/0/colour').severity).to.equal('warning');
      if (result.ok) expect(result.value.entitlements[0]).not.to.have.property('colour');
    });
    it('do not hide real errors', () => {
      const offer = minimalOffer();
      offer.extra = 1;
      offer.entitlements[0].providerId = 'ghost';
      const result = parseOffer(offer);
      expect(result.ok).to.equal(false);
      issueAt(result.issues, '/entitlements/0/providerId');
    });
    it('escape "/" and "~" in the pointer', () => {
      const offer = minimalOffer();
      offer['a/b~c'] = 1;
      issueAt(parseOffer(offer).issues, '/a~1b~0c');
    });
  });

  it('warns about text that looks like HTML, which is shown as text', () => {
    const offer = minimalOffer();
    offer.entitlements[0].summary = 'Call <b>now</b>';
    const result = parseOffer(offer);
    expect(result.ok).to.equal(true);
    expect(issueAt(result.issues, '/entitlements/0/summary').message).to.contain('HTML');
  });

  for (const input of [null, [], 'offer', 42, true, undefined]) {
    it(`refuses ${JSON.stringify(input) ?? 'undefined'} as a document`, () => {
      expect(issueAt(errorsOf(input), '').message).to.contain('must be a JSON object');
    });
  }
});

describe('parseOfferText', () => {
  it('reads an offer with a UTF-8 byte order mark', () => {
    expect(parseOfferText('\ufeff' + JSON.stringify(minimalOffer())).ok).to.equal(true);
  });
  it('says when the text is not JSON', () => {
    const result = parseOfferText('{ "schemaVersion": "1.0", }');
    expect(result.ok).to.equal(false);
    expect(result.issues[0]!.message).to.match(/^The file is not valid JSON/);
  });
  it('says when the file is empty', () => {
    expect(parseOfferText(' \n').issues[0]!.message).to.contain('empty');
  });
});

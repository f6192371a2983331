import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import {
  addressOf,
  cleanPhone,
  ContactRegistry,
  draftFromOrukContact,
  firstLocationAddress,
  guessRole,
  hasWayToGetInTouch,
  isEmail,
  readPhones,
  webAddress,
  type ContactDraft,
} from './import-contacts.js';

const lines = (report: ConversionReport) => report.lines().join('\n');

function draft(overrides: Partial<ContactDraft>): ContactDraft {
  return { name: 'Team', role: 'other', phones: [], texts: [], notes: [], key: 'name:team', ours: false, path: 'contacts[0]', ...overrides };
}

describe('oruk contacts: reading values', () => {
  it('guesses a role from the name or title, saying which words decided it', () => {
    expect(guessRole(['Leaving Care Duty Worker'])).to.deep.equal({ role: 'leaving-care-team', reason: '"Leaving Care" in "Leaving Care Duty Worker"' });
    expect(guessRole(['Night Line', 'Out of hours service']).role).to.equal('out-of-hours');
    expect(guessRole(['Housing options']).role).to.equal('housing');
    expect(guessRole(['Emergency housing']).role, 'out of hours is tried before housing').to.equal('out-of-hours');
    expect(guessRole(['Reception'])).to.deep.equal({ role: 'other' });
  });

  it('accepts email addresses and web addresses we may link to', () => {
    expect(isEmail('team@bristol.example.org')).to.equal(true);
    expect(isEmail('not an email')).to.equal(false);
    expect(webAddress(' https://example.org/a ')).to.equal('https://example.org/a');
    expect(webAddress('http://example.org')).to.equal('http://example.org');
    for (const bad of ['javascript:alert(1)', 'tel:0117', 'example.org', 42, null]) expect(webAddress(bad), String(bad)).to.equal(undefined);
    expect(webAddress(`https://example.org/${'a'.repeat(2000)}`)).to.equal(undefined);
  });

  it('cleans phone numbers: quotes and markup removed, extensions kept, numbers found in words', () => {
    expect(cleanPhone('"0117 496 0200"')).to.equal('0117 496 0200');
    expect(cleanPhone('<b>0117</b>  496 0100')).to.equal('0117 496 0100');
    expect(cleanPhone('+44 1234 234567', '100')).to.equal('+44 1234 234567 ext. 100');
    expect(cleanPhone('0117 496 0100', 'reception')).to.equal('0117 496 0100');
    expect(cleanPhone('Call our freephone line on 0808 157 0300 any time, day or night')).to.equal('0808 157 0300');
    expect(cleanPhone('call us')).to.equal(undefined);
    expect(cleanPhone('12345')).to.equal(undefined);
    expect(cleanPhone(1174960100)).to.equal('1174960100');
  });

  it('reads voice and text numbers, drops fax and pager numbers, and lists each number once', () => {
    const report = new ConversionReport();
    const phones = readPhones(
      [
        { number: '0117 496 0100' },
        { number: '0117 496 0100', type: 'voice' },
        { number: '07700 900123', type: 'SMS' },
        { number: '0117 496 0999', type: 'fax' },
        { number: 'none' },
        { type: 'voice' },
        { number: '0117 496 0101', description: 'Duty line' },
        'not an object',
      ],
      'phones',
      report,
    );
    expect(phones).to.deep.equal({ voice: ['0117 496 0100', '0117 496 0101'], text: ['07700 900123'] });
    const text = lines(report);
    expect(text).to.contain('dropped phones[3]: a fax number (0117 496 0999) is no use to a young person');
    expect(text).to.contain('dropped phones[4].number: "none" is not a phone number');
    expect(text).to.contain('dropped phones[5].number: no number');
    expect(text).to.contain('dropped phones[6].description: an offer has no place for a description of each phone number');
  });

  it('reads an address: markup removed, repeated lines once, the postcode in capitals', () => {
    expect(
      addressOf({ address_1: 'City Hall', address_2: '<b>College Green</b>', city: 'Bristol', state_province: 'bristol', postal_code: 'bs1  5tr' }),
    ).to.deep.equal({
      lines: ['City Hall', 'College Green', 'Bristol'],
      postcode: 'BS1 5TR',
    });
    expect(addressOf({ address_1: 'Somewhere', postal_code: 'NOT A POSTCODE' })).to.deep.equal({ lines: ['Somewhere'] });
    expect(addressOf({ postal_code: 'BS1 5TR' })).to.equal(undefined);
  });

  it('finds the first address of a service, in 3.0 addresses or 1.0 physical_addresses, without the location name', () => {
    const found = firstLocationAddress([
      { location: { name: 'Nowhere', addresses: [{ address_1: ' ' }] }, path: 'sal[0].location' },
      { location: { name: '<b>Hub</b>', physical_addresses: [{ address_1: '1 High Street', postal_code: 'BS1 1AA' }] }, path: 'sal[1].location' },
    ]);
    expect(found).to.deep.equal({
      address: { lines: ['1 High Street'], postcode: 'BS1 1AA' },
      path: 'sal[1].location.physical_addresses[0]',
    });
    expect(firstLocationAddress([])).to.equal(undefined);
  });
});

describe('oruk contacts: drafts from ORUK contacts', () => {
  it('reads the name, role, phones, email and job title', () => {
    const report = new ConversionReport();
    const result = draftFromOrukContact(
      {
        id: 'c-1',
        name: 'Leaving Care <i>Duty</i> Worker',
        title: 'Senior PA',
        email: 'team@example.org',
        phones: [{ number: '0117 496 0100' }, { number: '0117 496 0101' }],
      },
      'contacts[0]',
      'Leaving Care Service',
      report,
    );
    expect(result).to.deep.include({
      name: 'Leaving Care Duty Worker',
      role: 'leaving-care-team',
      phones: ['0117 496 0100', '0117 496 0101'],
      texts: [],
      email: 'team@example.org',
      notes: ['Job title: Senior PA.'],
      key: 'oruk:c-1',
      ours: false,
    });
  });

  it('names a contact with no name after its department, title or service, and reports it', () => {
    const report = new ConversionReport();
    expect(draftFromOrukContact({ name: '<b></b>', department: 'Housing team', phones: [] }, 'contacts[0]', 'Service', report).name).to.equal('Housing team');
    expect(draftFromOrukContact({ email: 'x@example.org' }, 'contacts[1]', 'Night Line', report).name).to.equal('Night Line');
    expect(lines(report)).to.contain('assumed contacts[1].name: no name: called the contact "Night Line"');
  });

  it('drops an email address that is not one', () => {
    const report = new ConversionReport();
    const result = draftFromOrukContact({ name: 'Team', email: 'by phone only' }, 'contacts[0]', 'Service', report);
    expect(result.email).to.equal(undefined);
    expect(lines(report)).to.contain('dropped contacts[0].email: "by phone only" is not an email address');
  });

  it('reads what our export kept in its extension: id, role, provider, website, notes and hours', () => {
    const report = new ConversionReport();
    const result = draftFromOrukContact(
      {
        name: 'Complaints',
        title: 'Complaints',
        local_offer_elements: {
          id: 'complaints-line',
          role: 'complaints',
          providerId: 'council',
          website: 'https://example.org/complaints',
          notes: 'Ask for the duty manager.',
          openingHours: { monday: [{ opens: '09:00', closes: '17:00' }] },
          holidayHours: { closedDates: ['2026-12-25'] },
        },
      },
      'contacts[0]',
      'Service',
      report,
    );
    expect(result).to.deep.include({
      role: 'complaints',
      website: 'https://example.org/complaints',
      notes: ['Ask for the duty manager.'],
      openingHours: { monday: [{ opens: '09:00', closes: '17:00' }] },
      holidayHours: { bankHolidays: undefined, closedDates: ['2026-12-25'] },
      key: 'ours:complaints-line',
      wantedId: 'complaints-line',
      wantedProviderId: 'council',
      ours: true,
    });
  });
});

describe('oruk contacts: the registry', () => {
  it('makes one contact per key, with a unique slug id', () => {
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    const first = registry.add(draft({ phones: ['0117 496 0100'], key: 'oruk:1' }), report);
    const again = registry.add(draft({ phones: ['0117 496 0100'], key: 'oruk:1' }), report);
    const other = registry.add(draft({ phones: ['0117 496 0200'], key: 'oruk:2' }), report);
    expect([first, again, other]).to.deep.equal(['team', 'team', 'team-2']);
    expect(registry.contacts).to.have.length(2);
    expect(lines(report)).to.contain('mapped  contacts[0]: contact "Team" → contacts "team" (phone)');
  });

  it('drops a contact with no way to get in touch', () => {
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    expect(hasWayToGetInTouch(draft({}))).to.equal(false);
    expect(registry.add(draft({}), report)).to.equal(undefined);
    expect(lines(report)).to.contain('dropped contacts[0]: contact "Team" gives no phone, email, website or address');
  });

  it('keeps one phone and one text number, and puts the others in the notes', () => {
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    registry.add(
      draft({ phones: ['0117 496 0100', '0117 496 0101', '0117 496 0102'], texts: ['07700 900123', '07700 900124'], notes: ['Job title: PA.'] }),
      report,
    );
    expect(registry.contacts[0]).to.deep.include({
      phone: '0117 496 0100',
      sms: '07700 900123',
      notes: 'Job title: PA. Also call 0117 496 0101 or 0117 496 0102. Also text 07700 900124.',
    });
    expect(lines(report)).to.contain("assumed contacts[0]: an offer's contact has one phone and one text number: the others went into its notes");
  });

  it('keeps our own id when it is free, and adds bank-holiday hours to the weekly ones', () => {
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    const id = registry.add(
      draft({
        email: 'x@example.org',
        wantedId: 'night-line',
        wantedProviderId: 'charity',
        openingHours: { alwaysOpen: true },
        holidayHours: { closedDates: ['2026-12-24'] },
      }),
      report,
    );
    expect(id).to.equal('night-line');
    expect(registry.wantedProviders.get('night-line')).to.equal('charity');
    const hours = registry.contacts[0]!.openingHours!;
    expect(hours.alwaysOpen).to.equal(undefined);
    expect(hours.sunday).to.deep.equal([{ opens: '00:00', closes: '24:00' }]);
    expect(hours.closedDates).to.deep.equal(['2026-12-24']);
  });

  it('holds at most 1000 contacts, and reports the rest', () => {
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    for (let i = 0; i < 1001; i++) registry.add(draft({ phones: [`0117 496 ${String(i).padStart(4, '0')}`], key: `k${i}`, path: `c[${i}]` }), report);
    expect(registry.contacts).to.have.length(1000);
    expect(lines(report)).to.contain('dropped c[1000]: contact "Team": the offer already has 1000 contacts, the most it can hold');
  });
});

describe('oruk contacts: hostile and odd input (issue 12)', () => {
  it('cleans a phone number followed by megabytes of quotes', () => {
    expect(cleanPhone(`0117 496 0100${'"'.repeat(4 * 1024 * 1024)}1`)).to.equal('0117 496 0100');
    expect(cleanPhone(`${'"'.repeat(1024 * 1024)}0117 496 0100${"'".repeat(1024 * 1024)}`)).to.equal('0117 496 0100');
  });

  it('reads 200,000 phone numbers of one contact, each once', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => ({ number: `0117 ${String(1_000_000 + i)}` }));
    const phones = readPhones([...numbers, ...numbers.slice(0, 1000)], 'phones', new ConversionReport());
    expect(phones.voice).to.have.length(200_000);
    expect(phones.voice[199_999]).to.equal('0117 1199999');
  });

  it('takes markup out of a postcode before writing it in capitals', () => {
    expect(addressOf({ address_1: 'Tooley Street', postal_code: '<b>SE1</b>' })).to.deep.equal({ lines: ['Tooley Street'], postcode: 'SE1' });
    expect(addressOf({ address_1: 'Tooley Street', postal_code: '<b>SE1</b> 2QH' })).to.deep.equal({ lines: ['Tooley Street'], postcode: 'SE1 2QH' });
    expect(addressOf({ address_1: 'Tooley Street', postal_code: '<b></b>' })).to.deep.equal({ lines: ['Tooley Street'] });
    expect(addressOf({ address_1: 'Tooley Street', postal_code: 'se1&nbsp;2qh' })).to.deep.equal({ lines: ['Tooley Street'], postcode: 'SE1 2QH' });
  });
});

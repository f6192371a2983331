import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import { ContactRegistry } from './import-contacts.js';
import type { JsonObject } from './oruk-types.js';
import { importOrganizationContacts, importServiceContacts, locationsOf } from './service-contacts.js';

function importContacts(service: JsonObject, serviceAtLocation?: JsonObject) {
  const registry = new ContactRegistry();
  const report = new ConversionReport();
  const id = importServiceContacts({ service, path: 'svc', name: 'Youth club', providerId: 'club', serviceAtLocation, today: '2025-06-01' }, registry, report);
  return { id, contacts: registry.contacts, report: report.lines().join('\n') };
}

describe('oruk service contacts', () => {
  it('finds locations on the service and in the service_at_location it came in', () => {
    const service = { service_at_locations: [{ location: { name: 'Hub' } }, { location_id: 'no-location' }] };
    const sal = { location: { name: 'Library' }, service: {} };
    expect(locationsOf(service, 'svc', sal).map((found) => [found.path, found.salPath, found.location.name])).to.deep.equal([
      ['svc.service_at_locations[0].location', 'svc.service_at_locations[0]', 'Hub'],
      ['location', '(service_at_location)', 'Library'],
    ]);
  });

  it('gives the first contact the address, hours, languages and interpretation of the service', () => {
    const { id, contacts, report } = importContacts({
      contacts: [
        { name: 'Youth worker', phones: [{ number: '0117 496 0400' }] },
        { name: 'Manager', email: 'manager@example.org' },
      ],
      service_at_locations: [{ location: { addresses: [{ address_1: '1 High Street', city: 'Bristol', postal_code: 'bs1 1aa' }] } }],
      regular_schedules: [{ weekday: 2, opens_at: '18:00', closes_at: '20:30' }],
      languages: [{ name: 'English' }, { language: 'Somali' }],
      interpretation_services: 'BSL on request',
    });
    expect(id).to.equal('youth-worker');
    expect(contacts[0]).to.deep.equal({
      id: 'youth-worker',
      name: 'Youth worker',
      role: 'other',
      providerId: 'club',
      phone: '0117 496 0400',
      address: { lines: ['1 High Street', 'Bristol'], postcode: 'BS1 1AA' },
      openingHours: { tuesday: [{ opens: '18:00', closes: '20:30' }] },
      languages: ['English', 'Somali'],
      notes: 'Interpretation: BSL on request',
    });
    expect(contacts[1]).to.deep.equal({ id: 'manager', name: 'Manager', role: 'other', providerId: 'club', email: 'manager@example.org' });
    expect(report).to.contain('mapped  svc.regular_schedules: → the opening hours of contact "Youth worker"');
    expect(report).to.contain('mapped  svc.service_at_locations[0].location.addresses[0]: → the address of contact "Youth worker"');
  });

  it("completes contacts with the service's own phone and email, and reports what is left over", () => {
    const { contacts, report } = importContacts({
      email: 'club@example.org',
      phones: [{ number: '0117 496 0500' }],
      contacts: [
        { name: 'Youth worker', email: 'worker@example.org' },
        { name: 'Manager', phones: [{ number: '0117 496 0600' }] },
      ],
    });
    expect(contacts.map((contact) => [contact.name, contact.phone, contact.email])).to.deep.equal([
      ['Youth worker', '0117 496 0500', 'worker@example.org'],
      ['Manager', '0117 496 0600', 'club@example.org'],
    ]);
    expect(report).to.contain("assumed svc.contacts[0]: no phone of its own: used the service's (0117 496 0500)");
    expect(report).to.contain("assumed svc.contacts[1]: no email of its own: used the service's (club@example.org)");
  });

  it("gives the service's own phone and email a line of their own, wherever they went", () => {
    const given = importContacts({
      email: 'club@example.org',
      phones: [{ number: '0117 496 0500' }, { number: '0117 496 0600' }],
      contacts: [{ name: 'Worker' }, { name: 'Manager' }, { name: 'Desk', email: 'desk@example.org', phones: [{ number: '0117 496 0600' }] }],
    }).report;
    expect(given).to.contain('mapped  svc.email: → the email of 2 contacts ("Worker" first) that had none');
    expect(given).to.contain('mapped  svc.phones: → the number of 2 contacts ("Worker" first) that had none');
    expect(given).to.contain("mapped  svc.phones: 1 number is already a contact's own");
    const same = importContacts({ email: 'club@example.org', contacts: [{ name: 'Worker', email: 'club@example.org' }] }).report;
    expect(same).to.contain('mapped  svc.email: already the email of contact "Worker"');
    expect(same).not.to.contain('dropped svc.email');
    const made = importContacts({ id: 'svc-1', phones: [{ number: '0117 496 0500' }], email: 'club@example.org' }).report;
    expect(made).to.contain('mapped  svc.email: → the email of contact "Youth club"');
    expect(made).to.contain('mapped  svc.phones: → the number of contact "Youth club"');
  });

  it('reports service phones and email that no contact needed', () => {
    const { report } = importContacts({
      email: 'club@example.org',
      phones: [{ number: '0117 496 0500' }],
      contacts: [{ name: 'Worker', email: 'worker@example.org', phones: [{ number: '0117 496 0600' }] }],
    });
    expect(report).to.contain('dropped svc.email: every contact already has an email of its own');
    expect(report).to.contain('dropped svc.phones: 0117 496 0500: every contact already has a phone of its own');
  });

  it('makes a contact named after the service from its own phone, email and address', () => {
    const { id, contacts, report } = importContacts({ id: 'svc-1', phones: [{ number: '0117 496 0500', type: 'text' }], email: 'club@example.org' });
    expect(id).to.equal('youth-club');
    expect(contacts[0]).to.deep.include({ name: 'Youth club', sms: '0117 496 0500', email: 'club@example.org', providerId: 'club' });
    expect(report).to.contain('assumed svc: no contacts: made one called "Youth club" from the service\'s own phone, email');
  });

  it('says when the service has no contact at all, and drops the hours and languages that need one', () => {
    const { id, contacts, report } = importContacts({ schedules: [{ byday: 'MO', opens_at: '09:00', closes_at: '17:00' }], languages: [{ name: 'Welsh' }] });
    expect(id).to.equal(undefined);
    expect(contacts).to.deep.equal([]);
    expect(report).to.contain('note    svc: no contacts, phone, email or address: the item has no contact');
    expect(report).to.contain('dropped svc.schedules: opening hours need a contact to belong to, and the service has none');
    expect(report).to.contain('dropped svc.languages: languages belong to a contact, and the service has none');
  });

  it('reads contacts and schedules on service_at_locations and their locations', () => {
    const { contacts } = importContacts(
      {},
      {
        contacts: [{ name: 'Desk', phones: [{ number: '0117 496 0700' }] }],
        location: { schedules: [{ byday: 'SA', opens_at: '10:00', closes_at: '12:00' }] },
      },
    );
    expect(contacts[0]).to.deep.include({ name: 'Desk', phone: '0117 496 0700', openingHours: { saturday: [{ opens: '10:00', closes: '12:00' }] } });
  });

  it("reads an organization's contacts once, for its provider", () => {
    const registry = new ContactRegistry();
    const report = new ConversionReport();
    const seen = new Set<string>();
    const organization = { id: 'org-1', name: 'Charity', contacts: [{ phones: [{ number: '0117 496 0800' }] }] };
    importOrganizationContacts(organization, 'org', 'charity', registry, seen, report);
    importOrganizationContacts(organization, 'org', 'charity', registry, seen, report);
    expect(registry.contacts).to.deep.equal([{ id: 'charity', name: 'Charity', role: 'other', providerId: 'charity', phone: '0117 496 0800' }]);
  });
});

describe('oruk service contacts: values that are only markup, and many numbers (issue 12)', () => {
  it('gives the contact no empty language or interpretation note, and reports them', () => {
    const { contacts, report } = importContacts({
      contacts: [{ name: 'Team', phones: [{ number: '0117 496 0100' }] }],
      languages: [{ name: '<b></b>' }, { language: 'Polish' }],
      interpretation_services: '<p></p>',
    });
    expect(contacts[0]!.languages).to.deep.equal(['Polish']);
    expect(contacts[0]).not.to.have.property('notes');
    expect(report).to.contain('dropped svc.languages[0]: no text once its markup is removed');
    expect(report).to.contain('dropped svc.interpretation_services: no text once its markup is removed');
  });

  it('checks 100,000 service numbers against the contacts at once', () => {
    const phones = Array.from({ length: 100_000 }, (_, i) => ({ number: `0117 ${String(1_000_000 + i)}` }));
    const { contacts, report } = importContacts({
      phones,
      contacts: [
        { name: 'Team', email: 'team@example.org' },
        { name: 'Desk', phones: [{ number: '0117 496 0100' }] },
      ],
    });
    expect(contacts[0]!.phone).to.equal('0117 1000000');
    expect(contacts[1]!.phone).to.equal('0117 496 0100');
    expect(report).not.to.contain('every contact already has a phone of its own');
  });
});

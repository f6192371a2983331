/** A contact card on a full offer, shared by the contact card's test files. */
import { fixture, html } from '@open-wc/testing';
import '../define.js';
import type { LocalOfferContactElement } from '../components/local-offer-contact/local-offer-contact.js';
import { offerUrl, untilSettled } from './element-helpers.js';
import { minimalOffer } from './offer-fixture.js';

export const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z');
export const MONDAY_NIGHT = new Date('2026-11-23T21:00:00Z');

/** Districts of Nottinghamshire, whose example offer has a leaving care team for each part of the county (`serves`). */
export const ASHFIELD = 'E07000170';
export const BASSETLAW = 'E07000171';

/** Nottinghamshire's example offer (schema 1.1): north, mid and south leaving care teams and an emergency duty team. */
export async function nottinghamshire(): Promise<Record<string, any>> {
  return (await fetch(offerUrl('nottinghamshire.json'))).json();
}

export function fullOffer(): Record<string, any> {
  const offer = minimalOffer();
  offer.contacts = [
    {
      id: 'team',
      name: 'Leaving Care Team (south)',
      role: 'leaving-care-team',
      providerId: 'notts',
      phone: '0115 496 0123',
      sms: '07700 900123',
      email: 'leaving.care@notts.example.org',
      website: 'https://example.org/leaving-care',
      address: { lines: ['County Hall', 'West Bridgford'], postcode: 'NG2 7QP' },
      languages: ['Arabic', 'Polish'],
      notes: 'Ask for the duty worker.',
      openingHours: {
        monday: [{ opens: '08:30', closes: '17:00' }],
        tuesday: [
          { opens: '08:30', closes: '12:30' },
          { opens: '13:30', closes: '17:00' },
        ],
        friday: [{ opens: '08:30', closes: '16:30' }],
        note: 'Closed on bank holidays.',
      },
    },
    { id: 'emergency', name: 'Emergency Duty Team', role: 'out-of-hours', phone: '0115 496 0999', openingHours: { alwaysOpen: true } },
    { id: 'complaints', name: 'Complaints', role: 'complaints', email: 'complaints@notts.example.org' },
  ];
  return offer;
}

export async function card(
  offer: Record<string, any>,
  attributes: Partial<LocalOfferContactElement> = {},
  now = MONDAY_MORNING,
): Promise<LocalOfferContactElement> {
  const provider = await fixture(html`<local-offer .offer=${offer}><local-offer-contact .now=${now}></local-offer-contact></local-offer>`);
  const contact = provider.querySelector('local-offer-contact')!;
  Object.assign(contact, attributes);
  await untilSettled(contact);
  await contact.updateComplete;
  return contact;
}

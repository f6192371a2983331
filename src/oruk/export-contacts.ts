/**
 * Who and where, for the export: providers as ORUK organizations, contacts as ORUK contacts with their
 * phones, and a contact's address as a service_at_location. ORUK keeps hours and addresses on services
 * and locations, not on contacts, and its contacts have no role, website or notes: those travel in our
 * extension. A contact no item points at goes on its provider's organization (HSDS 3.0 organization contacts).
 */
import { councilByCode } from '../places/council-registry.js';
import { CONTACT_ROLE_LABELS, type Contact, type CouncilTier, type Offer, type Provider, type ProviderKind } from '../schema/index.js';
import type { ConversionReport } from './conversion-report.js';
import { EXTENSION, type ContactExtension, type OrukContact, type OrukOrganization, type OrukPhone, type OrukServiceAtLocation } from './oruk-types.js';
import type { RecordIds } from './uuid.js';

const KIND_DESCRIPTIONS: Readonly<Record<ProviderKind, string>> = {
  council: 'a council in England',
  nhs: 'part of the NHS',
  dwp: 'the Department for Work and Pensions',
  government: 'part of government',
  education: 'a school, college, university or training provider',
  charity: 'a charity',
  business: 'a business',
  community: 'a community group',
  other: 'an organisation',
};

const TIER_DESCRIPTIONS: Readonly<Record<CouncilTier, string>> = {
  county: 'a county council in England',
  district: 'a district council in England',
  unitary: 'a unitary council in England',
  metropolitan: 'a metropolitan district council in England',
  'london-borough': 'a London borough council',
};

/** The same test as ajv-formats' "email", so that every exported address validates. */
const ORUK_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** The address, when ORUK's email format accepts it. */
export function orukEmail(email: string | undefined): string | undefined {
  return email && ORUK_EMAIL.test(email) ? email : undefined;
}

/**
 * A web address ORUK's "uri" format accepts, or undefined for other links (tel:, mailto:). Addresses are
 * kept as written unless they hold characters a URI may not (spaces, accents), which are then escaped.
 */
export function webUri(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return /^https?:\/\/[^\s"<>\\^`{|}\u0080-\uffff]+$/i.test(value.trim()) ? value.trim() : url.href;
  } catch {
    return undefined;
  }
}

/**
 * ORUK hangs contacts on services; a contact no item points at (an out-of-hours line, complaints) goes
 * on its provider's organization instead, as HSDS 3.0 allows, so it is not lost. The result holds those
 * contacts by the id of the provider whose organization carries them.
 */
export function placeUnreferencedContacts(offer: Offer, report: ConversionReport): Map<string, Contact[]> {
  const placed = new Map<string, Contact[]>();
  const referenced = new Set(offer.entitlements.map((item) => item.contactId).filter(Boolean));
  const usedProviders = new Set(offer.entitlements.map((item) => item.providerId));
  const publisherProvider = offer.providers.find(
    (provider) => (offer.publisher.councilCode && provider.councilCode === offer.publisher.councilCode) || provider.name === offer.publisher.name,
  );
  offer.contacts.forEach((contact, index) => {
    if (referenced.has(contact.id)) return;
    const owner = contact.providerId ?? publisherProvider?.id;
    if (owner && usedProviders.has(owner)) {
      const list = placed.get(owner);
      if (list) list.push(contact);
      else placed.set(owner, [contact]);
      report.mapped(
        `contacts[${index}] "${contact.id}"`,
        `no item points at it: it goes on the organization of provider "${owner}" (HSDS 3.0 organization contacts)`,
      );
    } else {
      report.dropped(
        `contacts[${index}] "${contact.id}"`,
        'no item points at it, and its provider runs no item, so no ORUK service or organization can carry it',
      );
    }
  });
  return placed;
}

/** A contact's phone as a voice phone and its sms as a text phone. */
export function phonesOf(contact: Contact, key: string, link: { contact_id: string } | { service_id: string }, ids: RecordIds): OrukPhone[] {
  const phones: OrukPhone[] = [];
  if (contact.phone) phones.push({ id: ids('phone', `${key}/voice`), ...link, number: contact.phone, type: 'voice' });
  if (contact.sms) phones.push({ id: ids('phone', `${key}/text`), ...link, number: contact.sms, type: 'text' });
  return phones;
}

/** An ORUK contact, on a service or (for a contact no item points at) on an organization. */
export function contactOf(
  contact: Contact,
  owner: { service_id: string } | { organization_id: string },
  path: string,
  ids: RecordIds,
  report: ConversionReport,
): OrukContact {
  const id = ids('contact', contact.id);
  const email = orukEmail(contact.email);
  if (contact.email && !email) report.dropped(`${path}.email`, `${contact.email} would not pass ORUK's email format`);
  const phones = phonesOf(contact, `contact/${contact.id}`, { contact_id: id }, ids);
  const website = webUri(contact.website);
  const { bankHolidays, closedDates } = contact.openingHours ?? {};
  const holidayHours =
    'service_id' in owner && (bankHolidays || closedDates) ? { ...(bankHolidays ? { bankHolidays } : {}), ...(closedDates ? { closedDates } : {}) } : undefined;
  const extension: ContactExtension = {
    id: contact.id,
    role: contact.role,
    ...(contact.providerId ? { providerId: contact.providerId } : {}),
    ...(contact.serves ? { serves: contact.serves } : {}),
    ...(website ? { website } : {}),
    ...(contact.notes ? { notes: contact.notes } : {}),
    ...(contact.languages ? { languages: contact.languages } : {}),
    ...('organization_id' in owner && contact.openingHours ? { openingHours: contact.openingHours } : {}),
    ...('organization_id' in owner && contact.address ? { address: contact.address } : {}),
    ...(holidayHours ? { holidayHours } : {}),
  };
  return {
    id,
    ...owner,
    name: contact.name,
    title: CONTACT_ROLE_LABELS[contact.role],
    ...(email ? { email } : {}),
    ...(phones.length > 0 ? { phones } : {}),
    [EXTENSION]: extension,
  };
}

/** An ORUK organization for a provider, with a description made from its kind and the contacts placed on it. */
export function organizationOf(provider: Provider, contacts: readonly Contact[], ids: RecordIds, report: ConversionReport): OrukOrganization {
  const id = ids('provider', provider.id);
  const council = provider.councilCode ? councilByCode(provider.councilCode) : undefined;
  const tier = provider.tier ?? council?.tier;
  const description =
    provider.kind === 'council' && provider.councilCode
      ? `${provider.name} is ${tier ? TIER_DESCRIPTIONS[tier] : KIND_DESCRIPTIONS.council} (GSS code ${provider.councilCode}).`
      : `${provider.name} is ${KIND_DESCRIPTIONS[provider.kind]}.`;
  const website = webUri(provider.website);
  const orukContacts = contacts.map((contact) => contactOf(contact, { organization_id: id }, `contacts "${contact.id}"`, ids, report));
  return {
    id,
    name: provider.name,
    description,
    ...(website ? { website } : {}),
    ...(provider.councilCode
      ? {
          organization_identifiers: [
            { id: ids('provider-identifier', provider.id), organization_id: id, identifier_type: 'ONS GSS code', identifier: provider.councilCode },
          ],
        }
      : {}),
    // A team inside another provider: HSDS 3.0's parent organization, whose id is the same name-based UUID.
    ...(provider.partOf ? { parent_organization_id: ids('provider', provider.partOf) } : {}),
    ...(orukContacts.length > 0 ? { contacts: orukContacts } : {}),
    [EXTENSION]: {
      id: provider.id,
      kind: provider.kind,
      ...(provider.councilCode ? { councilCode: provider.councilCode } : {}),
      ...(provider.tier ? { tier: provider.tier } : {}),
      ...(provider.partOf ? { partOf: provider.partOf } : {}),
    },
  };
}

/** The contact's address as the service's location: the last of several lines is the city. */
export function locationsOf(itemId: string, contact: Contact, serviceId: string, ids: RecordIds): OrukServiceAtLocation[] {
  if (!contact.address) return [];
  const locationId = ids('location', contact.id);
  const lines = contact.address.lines;
  const city = lines.length > 1 ? lines[lines.length - 1]! : '';
  const street = lines.length > 1 ? lines.slice(0, -1) : lines;
  return [
    {
      id: ids('service-at-location', `${itemId}/${contact.id}`),
      service_id: serviceId,
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical',
        name: contact.name,
        addresses: [
          {
            id: ids('address', contact.id),
            location_id: locationId,
            address_1: street[0]!,
            // HSDS 3.0 has address_2; ORUK 1.0 and HSDS 2 also had address_3 and address_4, which importers read.
            ...(street[1] ? { address_2: street[1] } : {}),
            ...(street[2] ? { address_3: street[2] } : {}),
            ...(street.length > 3 ? { address_4: street.slice(3).join(', ') } : {}),
            city,
            state_province: '',
            postal_code: contact.address.postcode ?? '',
            country: 'GB',
            address_type: 'physical',
          },
        ],
      },
    },
  ];
}

/**
 * Titles and descriptions for every property, which the generated JSON Schema carries as editor hints.
 * Only the build-time generator imports this file, so none of this text reaches the browser bundle.
 */
import type * as z from 'zod/mini';
import { DirectoryEntrySchema, DirectorySchema } from './directory-schema.js';
import {
  AddressSchema,
  AvailabilitySchema,
  ContactSchema,
  EligibilityRuleSchema,
  EligibilitySchema,
  EntitlementLinkSchema,
  EntitlementSchema,
  OfferSchema,
  OpeningHoursSchema,
  OpeningIntervalSchema,
  ProviderSchema,
  PublisherSchema,
  ValueSchema,
  ValueTierSchema,
} from './offer-schema.js';

/** [title, description, extra JSON Schema keywords] */
export type PropertyDoc = readonly [string, string, Record<string, unknown>?];

export interface ObjectDoc {
  readonly title: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, PropertyDoc>>;
}

/** For editors: the pattern of the major version this library reads. */
const schemaVersion: PropertyDoc = ['Schema version', 'The version of this format the file is written in, such as "1.1".', { pattern: `^1\\.\\d+$` }];
const jsonSchema: PropertyDoc = ['JSON Schema', 'The address of this JSON Schema, for editors.'];
const day = (name: string): PropertyDoc => [name, `Opening intervals on ${name}, in order. An empty list or a missing day means closed.`];

/** The rules of eligibility, documented once for the top level and for each alternative in "anyOf". */
function eligibilityRules(topLevel: boolean): Record<string, PropertyDoc> {
  return {
    statuses: ['Care statuses', 'The legal care statuses that can get this. Missing means any care leaver.'],
    minAge: ['Minimum age', 'Youngest age that can get this, in years.'],
    maxAge: ['Maximum age', 'Oldest age that can get this, in years, inclusive: support "up to 25" that ends at the 25th birthday has maxAge 24.'],
    careLeaversOf: ['Care leavers of', 'Only for young people looked after by these councils (the responsible authority), wherever they live now.'],
    residentsOf: [
      'Residents of',
      "Only for young people who live in these council areas now, whoever looked after them. A county's code covers its districts.",
    ],
    intendingResidentsOf: [
      'Living in or moving to',
      'Also for young people who want to live in these council areas, such as "live in, or want to live in, Preston". Schema 1.1.',
    ],
    notResidentsOf: [
      'Not residents of',
      'Only for young people who live outside these council areas, such as "if you live outside Nottinghamshire". Schema 1.1.',
    ],
    assessedNeed: [
      'Assessed need',
      'True when it is given after the personal adviser and the young person agree it is needed. Shown as "given when you need it: ask your personal adviser". Schema 1.1.',
    ],
    conditions: ['Conditions', 'Any other condition in plain words, such as "while in full-time education".'],
    ...(topLevel
      ? {
          anyOf: [
            'Any of',
            'Alternative ways to be eligible, as in "18 to 21, or up to 25 in education". The rules above must hold, and so must every rule of at least one alternative. Schema 1.1.',
          ] as PropertyDoc,
        }
      : {}),
  };
}

export const SCHEMA_DOCS: ReadonlyMap<z.ZodMiniType, ObjectDoc> = new Map<z.ZodMiniType, ObjectDoc>([
  [
    OfferSchema,
    {
      title: 'Local Offer for Care Leavers',
      description: "One council or organisation's Local Offer for Care Leavers (Children and Social Work Act 2017, s.2), in the Local Offer Elements format.",
      properties: {
        $schema: jsonSchema,
        schemaVersion,
        id: ['Offer id', 'Stable id for this offer, such as "nottinghamshire".'],
        title: ['Title', 'The name of the offer, such as "Nottinghamshire Local Offer for Care Leavers".'],
        summary: ['Summary', 'A short plain introduction to the offer.'],
        isExample: ['Example data', 'True when this file is example data, not a real offer. Elements show a notice.'],
        locale: ['Locale', 'Language of the text, such as "en-GB".'],
        publisher: ['Publisher', 'The organisation responsible for this document.'],
        covers: ['Covers', 'The GSS codes of the councils whose areas this offer covers. A joint two-tier offer lists the county and its districts.'],
        lastReviewed: ['Last reviewed', 'When the publisher last checked every item (YYYY-MM-DD). Elements warn when this is old.'],
        nextReviewDue: ['Next review due', 'When the publisher plans to check it again (YYYY-MM-DD).'],
        sourceUrl: ['Source', 'The page or document this offer is published from.'],
        providers: ['Providers', 'Everyone who delivers an item in this offer.'],
        contacts: ['Contacts', 'Ways to get in touch.'],
        entitlements: ['Entitlements', 'Everything in the offer.'],
      },
    },
  ],
  [
    PublisherSchema,
    {
      title: 'Publisher',
      description: 'The organisation responsible for this document.',
      properties: {
        name: ['Name', 'Who is responsible for this document, such as "Nottinghamshire County Council".'],
        councilCode: ['Council code', 'For a council: its ONS GSS code, such as "E10000024".'],
        website: ['Website', "The publisher's website."],
        email: ['Email', 'Where to report a mistake in this offer.'],
      },
    },
  ],
  [
    ProviderSchema,
    {
      title: 'Provider',
      description: 'An organisation that delivers items in this offer: a council, the NHS, DWP, a charity or a local business.',
      properties: {
        id: ['Provider id', 'Stable id for this provider, used by entitlements and contacts.'],
        name: ['Name', 'The provider as people know it, such as "Ashfield District Council".'],
        kind: ['Kind', 'What sort of organisation this is.'],
        councilCode: ['Council code', 'For a council: its ONS GSS code, such as "E07000170".'],
        tier: ['Tier', 'For a council: its tier of local government.'],
        website: ['Website', "The provider's website."],
        partOf: ['Part of', 'For a team inside another provider, such as a Virtual School inside a county council: the id of that provider. Schema 1.1.'],
      },
    },
  ],
  [
    ContactSchema,
    {
      title: 'Contact',
      description: 'A way to get in touch: a team, a duty line or an emergency number.',
      properties: {
        id: ['Contact id', 'Stable id for this contact, used by entitlements that point to it.'],
        name: ['Name', 'Who the young person reaches, such as "Leaving Care Team (north)".'],
        role: ['Role', 'What the contact is for. The contact card shows the leaving-care team and out-of-hours line by default.'],
        providerId: ['Provider id', 'The provider (from "providers") that runs this contact.'],
        serves: [
          'Serves',
          "The council areas this contact is for, when there is one team per area, such as a county's north, mid and south leaving care teams. A county's code covers its districts. Schema 1.1.",
        ],
        phone: ['Phone', 'Phone number as people dial it in the UK, such as "0115 496 0123".'],
        sms: ['Text message number', 'A number that accepts text messages.'],
        email: ['Email', 'Email address.'],
        website: ['Website', 'A web page about this contact.'],
        address: ['Address', 'A postal or visiting address.'],
        openingHours: ['Opening hours', 'Weekly opening hours in UK time (Europe/London, so BST in summer).'],
        languages: ['Languages', 'Languages the contact can help in, besides English.'],
        notes: ['Notes', 'Anything else a young person should know before getting in touch.'],
      },
    },
  ],
  [
    AddressSchema,
    {
      title: 'Address',
      description: 'A postal or visiting address.',
      properties: {
        lines: ['Lines', 'The address, one line each, without the postcode.'],
        postcode: ['Postcode', 'The postcode, such as "NG2 7QP".'],
      },
    },
  ],
  [
    OpeningHoursSchema,
    {
      title: 'Opening hours',
      description: 'Weekly opening hours in UK time (Europe/London, so BST in summer).',
      properties: {
        alwaysOpen: ['Always open', 'True for a line answered 24 hours a day, every day.'],
        monday: day('Monday'),
        tuesday: day('Tuesday'),
        wednesday: day('Wednesday'),
        thursday: day('Thursday'),
        friday: day('Friday'),
        saturday: day('Saturday'),
        sunday: day('Sunday'),
        bankHolidays: [
          'Bank holidays',
          "Hours on England's bank holidays, in place of that weekday's hours; an empty list means closed. Leave it out when bank holidays make no difference. The library works the dates out, substitute days included.",
        ],
        closedDates: ['Closed dates', 'Other days the contact is closed all day, such as between Christmas and New Year, as YYYY-MM-DD dates in UK time.'],
        note: ['Note', 'Anything else about the hours in plain words, such as "Closed on bank holidays".'],
      },
    },
  ],
  [
    OpeningIntervalSchema,
    {
      title: 'Opening interval',
      description:
        'One stretch of time the contact is open. An interval never crosses midnight: for a line open overnight, give "17:00"–"24:00" on one day and "00:00"–"08:30" on the next.',
      properties: {
        opens: ['Opens', 'When the line opens, 24-hour clock in UK time, such as "09:00".'],
        closes: ['Closes', 'When it closes, 24-hour clock in UK time, such as "17:00"; "24:00" means midnight at the end of the day.'],
      },
    },
  ],
  [
    EntitlementSchema,
    {
      title: 'Entitlement',
      description: 'One thing a care leaver can get: a payment, a service, a discount or a right.',
      properties: {
        id: ['Id', 'Stable id for this item; keep it when the wording changes.'],
        title: ['Title', 'Short name of the item, such as "Setting-up-home allowance".'],
        summary: ['Summary', 'One or two plain sentences a young person understands.'],
        details: ['Details', 'More detail, in plain text.'],
        area: ['Area', 'The statutory area of the local offer this belongs to.'],
        tags: ['Tags', 'Local tags that help search, such as "money", "leisure" or "transport".'],
        basis: ['Basis', 'Why this exists: the law, a local duty, a council choice, or a partner or community offer.'],
        nationalEntitlement: [
          'National entitlement',
          'The id of the national entitlement in the library catalogue that this item delivers, such as "setting-up-home-allowance".',
        ],
        providerId: ['Provider id', 'The provider (from "providers") responsible for this item.'],
        deliveredBy: [
          'Delivered by',
          'When others deliver it, such as the 12 district councils that pay a county grant: their ids in "providers". Shown as who gives it. Schema 1.1.',
        ],
        fundedBy: ['Funded by', 'When others pay for it: their ids in "providers". Shown as who pays for it. Schema 1.1.'],
        status: [
          'Status',
          'Whether it is running: "agreed" (the default), "pilot", "proposed" (not agreed yet, shown as such) or "ended" (not shown). Schema 1.1.',
        ],
        available: ['Available', 'When and where it can be used: from and until dates, weekly hours, council areas. Schema 1.1.'],
        eligibility: ['Eligibility', 'Who can get this item. Every rule given must hold; "anyOf" lists alternatives.'],
        value: ['Value', 'What the item is worth or costs. Give an amount, tiers, a percentage, "notPublished", or a description.'],
        howToClaim: ['How to claim', 'What to do to get it, in plain words.'],
        evidence: ['Evidence needed', 'What the young person needs to show.'],
        links: ['Links', 'Links to more information.'],
        contactId: ['Contact id', 'The contact (from "contacts") to ask about this item.'],
      },
    },
  ],
  [EligibilitySchema, { title: 'Eligibility', description: 'Who can get this item. Every rule given must hold.', properties: eligibilityRules(true) }],
  [
    EligibilityRuleSchema,
    { title: 'Eligibility rules', description: 'One way to be eligible, in "anyOf". Every rule given here must hold.', properties: eligibilityRules(false) },
  ],
  [
    ValueSchema,
    {
      title: 'Value',
      description: 'What the item is worth or costs. Give an amount, tiers, a percentage, "notPublished", or a description.',
      properties: {
        kind: [
          'Kind',
          'What the value is: "money" given (the default), a "discount", a "price" the young person pays, "goods" or a voucher, a "service", or a "loan". Schema 1.1.',
        ],
        amountPence: ['Amount in pence', 'The amount in whole pence, so £3,000 is 300000. Pence avoid rounding errors.'],
        percentage: ['Percentage', 'A percentage, such as 50 for "50% off". Schema 1.1.'],
        upTo: ['Up to', 'True when the amount is a maximum, not a fixed sum.'],
        period: ['Period', 'How often: "once", "week", "month", "year", "academic-year", "term", "birthday" or "each-time" (per visit or use).'],
        count: ['Count', 'How many periods it is paid for, such as 5 with "period": "week" for "a week for 5 weeks". The total is worked out. Schema 1.1.'],
        instalmentsPence: [
          'Instalments in pence',
          'How the amount is paid out, such as [66700, 66600, 66600] for £2,000 in three parts. They must add up to "amountPence". Schema 1.1.',
        ],
        tiers: [
          'Tiers',
          'Amounts that depend on age or on a stated condition, such as £25 at 19 and £50 at 21, or 100% off if you live alone and 50% if not. Schema 1.1.',
        ],
        notPublished: ['Not published', 'True when there is an amount but the publisher does not publish it. Schema 1.1.'],
        paidFrom: [
          'Paid from',
          'The id of another item in this offer that this is paid out of, such as a removal van paid from the setting-up-home allowance: not extra money. Schema 1.1.',
        ],
        validFrom: ['Valid from', 'The date this amount applies from (YYYY-MM-DD).'],
        description: ['Description', 'The value in words, for anything the fields above cannot say.'],
      },
    },
  ],
  [
    ValueTierSchema,
    {
      title: 'Tier',
      description: 'One amount of a value that depends on age or on a condition. Give "amountPence" or "percentage". Schema 1.1.',
      properties: {
        amountPence: ['Amount in pence', 'The amount for this tier, in whole pence.'],
        percentage: ['Percentage', 'The percentage for this tier, such as 100 for "100% off".'],
        minAge: ['Minimum age', 'Youngest age this tier is for.'],
        maxAge: ['Maximum age', 'Oldest age this tier is for, inclusive.'],
        condition: ['Condition', 'When this tier applies, in words that follow the amount, such as "if you live alone".'],
      },
    },
  ],
  [
    AvailabilitySchema,
    {
      title: 'Availability',
      description: 'When and where an item can be used. Schema 1.1.',
      properties: {
        from: ['From', 'The first day it can be used (YYYY-MM-DD). Before then it is shown as starting on that day.'],
        until: ['Until', 'The last day it can be used (YYYY-MM-DD). After it, the item is not shown.'],
        hours: ['Hours', "When in the week it can be used, in the same form as a contact's opening hours, such as weekdays 9am to 5pm."],
        in: ['In', 'The council areas where it can be used, such as the leisure centres of one district. Not a rule about where the young person lives.'],
        note: ['Note', 'Anything else about when or where, in plain words.'],
      },
    },
  ],
  [
    EntitlementLinkSchema,
    {
      title: 'Link',
      description: 'A link to more information or an application form.',
      properties: {
        title: ['Link text', 'What the link leads to, in words that make sense out of context.'],
        url: ['Address', 'The link address.'],
      },
    },
  ],
  [
    DirectorySchema,
    {
      title: 'Directory of Local Offers for Care Leavers',
      description: 'A list of published offers by council, in the Local Offer Elements format.',
      properties: {
        $schema: jsonSchema,
        schemaVersion,
        id: ['Directory id', 'Stable id for this directory.'],
        title: ['Title', 'The name of the directory.'],
        isExample: ['Example data', 'True when this directory lists example data.'],
        lastUpdated: ['Last updated', 'When the list was last checked (YYYY-MM-DD).'],
        offers: ['Offers', 'The offers, one per publishing council.'],
      },
    },
  ],
  [
    DirectoryEntrySchema,
    {
      title: 'Directory entry',
      description: 'One published offer.',
      properties: {
        councilCode: ['Council code', 'GSS code of the council that publishes this offer.'],
        name: ['Name', 'Name of the council or offer, for people reading the directory.'],
        url: ['Offer address', 'Where the offer file is: an https:// address, or a path relative to this directory file.'],
        covers: ['Covers', 'Other councils whose areas this offer also covers, such as the districts in a joint county offer.'],
      },
    },
  ],
]);

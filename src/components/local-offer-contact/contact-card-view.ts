/**
 * The contact card once its offer is here: which contacts to show, whether each is open now, the
 * out-of-hours line when every office shown is closed, and the card itself. Loaded apart from the element,
 * by import() while the offer loads (see LazyViewController): opening hours, bank holidays and the views
 * are a fifth of the card's code, and none of it is needed to say "Loading" or to explain an error.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeStatus } from '../../describe/open-status.js';
import { formatDate } from '../../i18n/format.js';
import type { Localizer } from '../../i18n/localize.js';
import { openStatus, type OpenStatus } from '../../model/opening-hours.js';
import { isStale } from '../../model/staleness.js';
import type { DroppedPart } from '../../schema/lenient.js';
import type { Contact, Offer } from '../../schema/offer-schema.js';
import { phoneHref } from '../../schema/url.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { selectContacts } from './contact-selection.js';
import { renderContact, type ContactViewModel } from './contact-view.js';
import { hoursWords, type ContactCardKey, type HoursWords } from './contact-words.js';

type Heading = ContactViewModel['heading'];

/** Which contacts the page asked for: see the element's `contact`, `area` and `roles`. */
export interface ContactChoice {
  readonly contact: string | undefined;
  readonly area: string | undefined;
  readonly roles: string;
}

export interface ContactCardModel {
  readonly words: Localizer<ContactCardKey>;
  readonly heading: Heading;
  readonly offer: Offer;
  readonly dropped: readonly DroppedPart[];
  readonly choice: ContactChoice;
  readonly now: Date;
  readonly hideCta: boolean;
  readonly ctaHeading: string | undefined;
  readonly ctaText: string | undefined;
  readonly staleAfterMonths: number;
  readonly announcement: string;
}

/** What changed that people should be told: ids the offer lacks (website team), and who is open now (everyone). */
export interface ContactCardNews {
  /** For the console: contact ids asked for that the offer does not have, or "". */
  readonly warning: string;
  /** Each contact's status and the out-of-hours line, in one sentence to announce when it changes. */
  readonly statuses: string;
}

/** The out-of-hours line to bring out: shown, and every office shown is closed now. */
function emergencyLine(contacts: readonly Contact[], now: Date, statuses?: Map<Contact, OpenStatus>): Contact | undefined {
  const outOfHours = contacts.find((contact) => contact.role === 'out-of-hours');
  const closed = contacts
    .filter((contact) => contact.role !== 'out-of-hours' && contact.openingHours)
    .map((contact) => (statuses?.get(contact) ?? openStatus(contact.openingHours!, now)).state);
  return outOfHours && closed.length > 0 && closed.every((state) => state === 'closed' || state === 'never-open') ? outOfHours : undefined;
}

export function contactCardNews(offer: Offer, choice: ContactChoice, now: Date, words: Localizer<ContactCardKey>): ContactCardNews {
  const selection = selectContacts(offer, choice);
  const { missing, contacts } = selection;
  const warning = missing.length
    ? `<local-offer-contact>: the offer "${offer.id}" has no ${missing.length > 1 ? 'contacts with the ids' : 'contact with the id'} ${missing.map((id) => `"${id}"`).join(', ')}. Its contact ids are: ${offer.contacts.map((contact) => contact.id).join(', ')}.`
    : '';
  const statuses = contacts
    .filter((contact) => contact.openingHours)
    .map((contact) => `${contact.name}: ${describeStatus(openStatus(contact.openingHours!, now), words)}`);
  const outOfHours = emergencyLine(contacts, now);
  const emergency = outOfHours?.phone ? [`${words.t('closedEmergency')} ${words.t('call', { number: outOfHours.phone })}`] : [];
  return { warning, statuses: [...statuses, ...emergency].join('. ') };
}

// The words describeWeeklyHours asks for, made once for each element's words.
const hoursWordsFor = new WeakMap<Localizer<ContactCardKey>, HoursWords>();

export function renderContactCard(model: ContactCardModel): TemplateResult {
  const { words, heading, offer, now } = model;
  const { t } = words;
  const { contacts, missing, chosen } = selectContacts(offer, model.choice);
  const statuses = new Map(contacts.filter((c) => c.openingHours).map((c) => [c, openStatus(c.openingHours!, now)] as const));
  const emergency = emergencyLine(contacts, now, statuses);
  const stale = isStale(offer.lastReviewed, now, model.staleAfterMonths);
  let hours = hoursWordsFor.get(words);
  if (!hours) hoursWordsFor.set(words, (hours = hoursWords(words)));
  const view: ContactViewModel = { words, hoursWords: hours, heading, now };
  // Named by its heading and council, and by the team it shows when it was asked for one, so that
  // several cards on a page are told apart in a screen reader's list of regions.
  const label = `heading publisher${chosen && contacts.length ? ' contact-0' : ''}`;
  return html`
    <section part="card" class="card" aria-labelledby=${label}>
      ${heading(0, t('contactHeading'), 'heading', 'heading-l', 'heading')}
      <p class="publisher secondary" id="publisher">${offer.publisher.name}</p>
      ${offer.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${t('exampleNotice')}</p></div>` : nothing}
      ${emergency ? renderEmergency(emergency, words) : nothing}
      ${
        model.hideCta
          ? nothing
          : html`<div class="cta" part="cta">
            ${heading(1, model.ctaHeading ?? t('ctaHeading'), 'cta-heading', 'heading-m')}
            <p>${model.ctaText ?? t('ctaBody')}</p>
          </div>`
      }
      ${missing.length ? renderMissing(missing, words) : nothing}
      ${
        contacts.length
          ? html`<ul class="contacts" part="contacts">
            ${contacts.map((contact, i) => renderContact(view, contact, statuses.get(contact), contact === emergency, `contact-${i}`))}
          </ul>`
          : missing.length
            ? nothing
            : html`<p class="empty">${t('noContacts')}</p>`
      }
      ${renderDroppedNote(model.dropped, words)}
      <p class="review secondary" part="review">${t('lastReviewed', { date: formatDate(offer.lastReviewed, words.locale) })}</p>
      ${stale ? html`<div class="notice notice--warning" part="stale-warning"><p>${t('staleWarning', { months: model.staleAfterMonths })}</p></div>` : nothing}
      <p class="visually-hidden" aria-live="polite">${model.announcement}</p>
    </section>
  `;
}

/** GOV.UK inset text: the office being closed is information, with the out-of-hours number to hand. */
function renderEmergency(contact: Contact, words: Localizer<ContactCardKey>): TemplateResult {
  const tel = phoneHref('tel', contact.phone);
  return html`<div class="inset emergency" part="emergency">
    <p>${words.t('closedEmergency')}</p>
    ${tel ? html`<p><a part="phone-link" href=${tel}>${words.t('call', { number: contact.phone! })}</a></p>` : nothing}
  </div>`;
}

/** Contact ids the offer does not have: a kind word for everyone, what to fix for the website team, and the page's own fallback. */
function renderMissing(missing: readonly string[], words: Localizer<ContactCardKey>): TemplateResult {
  return html`<div class="notice" part="missing-contact">
    <p>${words.t('contactNotShown')}</p>
    <slot></slot>
    <p class="secondary">${words.t('contactMissing', { count: missing.length, ids: missing.map((id) => `"${id}"`).join(', ') })}</p>
  </div>`;
}

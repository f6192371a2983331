/**
 * One contact on the card, phone first: name, open or closed now, the ways to get in touch, the week's
 * hours in words with the day-by-day table behind "All opening hours", then the rest (address and
 * languages as a summary list, and notes).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatClock, formatDayAndDate } from '../../i18n/format.js';
import type { Localizer } from '../../i18n/localize.js';
import { CONTACT_ROLE_KEYS } from '../../i18n/strings/vocabulary.js';
import { describeWeeklyHours } from '../../describe/availability.js';
import { describeStatus } from '../../describe/open-status.js';
import { londonTime } from '../../model/london-time.js';
import { bankHolidayHours, closuresToMention, hoursOn, isAlwaysOpen, isHoliday, type OpenStatus } from '../../model/opening-hours.js';
import type { Contact, OpeningHours } from '../../schema/offer-schema.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { WEEKDAYS } from '../../schema/vocabularies.js';
import type { ContactCardKey, HoursWords } from './contact-words.js';

export interface ContactViewModel {
  readonly words: Localizer<ContactCardKey>;
  readonly hoursWords: HoursWords;
  readonly heading: (offset: number, text: string, part: string, className: string, id?: string) => TemplateResult;
  readonly now: Date;
}

type Intervals = readonly { opens: number; closes: number }[];

/** `nameId` names the contact's heading, so the card's region can be named after the team it shows. */
export function renderContact(model: ContactViewModel, contact: Contact, status: OpenStatus | undefined, emphasis: boolean, nameId?: string): TemplateResult {
  const { t } = model.words;
  const website = safeHref(contact.website);
  const open = status && (status.state === 'open' || status.state === 'always-open');
  const hours = contact.openingHours;
  const weekly = hours && !isAlwaysOpen(hours, model.now) ? hours : undefined;
  return html`<li class="contact ${emphasis ? 'contact--emphasis' : ''}" part="contact">
    ${model.heading(1, contact.name, 'contact-name', 'heading-m', nameId)}
    ${sayRole(contact, t(CONTACT_ROLE_KEYS[contact.role])) ? html`<p class="secondary role">${t(CONTACT_ROLE_KEYS[contact.role])}</p>` : nothing}
    ${status ? html`<p class="status ${open ? 'status--open' : 'status--closed'}" part="status">${describeStatus(status, model.words)}</p>` : nothing}
    ${
      contact.phone || contact.sms || contact.email || website
        ? html`<ul class="actions">
          ${phoneHref('tel', contact.phone) ? html`<li><a part="phone-link" href=${phoneHref('tel', contact.phone)!}>${t('call', { number: contact.phone! })}</a></li>` : nothing}
          ${phoneHref('sms', contact.sms) ? html`<li><a part="sms-link" href=${phoneHref('sms', contact.sms)!}>${t('text', { number: contact.sms! })}</a></li>` : nothing}
          ${contact.email ? html`<li><a part="email-link" href=${`mailto:${contact.email}`}>${t('email', { address: contact.email })}</a></li>` : nothing}
          ${website ? html`<li><a part="website-link" href=${website}>${t('websiteLink')}<span class="visually-hidden">: ${contact.name}</span></a></li>` : nothing}
        </ul>`
        : nothing
    }
    ${weekly ? renderWeek(model, contact, weekly) : nothing}
    ${
      contact.address || contact.languages?.length
        ? html`<dl class="summary" part="summary">
          ${
            contact.address
              ? html`<div class="summary-row"><dt>${t('address')}</dt>
                <dd><address part="address">${[...contact.address.lines, contact.address.postcode].filter(Boolean).map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address></dd></div>`
              : nothing
          }
          ${contact.languages?.length ? html`<div class="summary-row"><dt>${t('languages')}</dt><dd>${contact.languages.join(', ')}</dd></div>` : nothing}
        </dl>`
        : nothing
    }
    ${hours && !weekly && hours.note ? html`<p class="secondary">${hours.note}</p>` : nothing}
    ${contact.notes ? html`<p class="notes">${contact.notes}</p>` : nothing}
  </li>`;
}

/** The role under the name, unless the name says it already ("Leaving Care Team (north)"). */
function sayRole(contact: Contact, role: string): boolean {
  return !contact.name.toLowerCase().includes(role.toLowerCase());
}

/** The week in words ("Monday to Thursday: 8:30am to 5pm"), and the table of every day behind a disclosure. */
function renderWeek(model: ContactViewModel, contact: Contact, hours: OpeningHours): TemplateResult {
  const { t } = model.words;
  // Holiday closures are said under the table; the words are the usual week, and not what the note says.
  const note = hours.note?.toLowerCase() ?? '';
  const lines = describeWeeklyHours({ ...hours, closedDates: [] }, model.hoursWords).filter(
    (line, i, all) => !note || i === all.length - 1 || !note.includes(line.toLowerCase()),
  );
  // The lines say what they are ("Monday to Thursday: …"), so a phone is not given a label to scroll past;
  // a screen reader hears the list's name.
  return html`<div class="hours">
    ${lines.length ? html`<ul class="hours-summary" part="hours-summary" aria-label=${t('openingHours')}>${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    <details class="hours-details" part="hours-details">
      <summary>${t('allOpeningHours')}<span class="visually-hidden">: ${contact.name}</span></summary>
      <div class="details-text">${renderTable(model, contact, hours)}</div>
    </details>
  </div>`;
}

function renderTable(model: ContactViewModel, contact: Contact, hours: OpeningHours): TemplateResult {
  const { t, locale } = model.words;
  const today = londonTime(model.now);
  // On a closed date no row is today's; on a holiday the bank-holiday row is.
  const closedToday = hours.closedDates?.includes(today.date) ?? false;
  const bankHolidayToday = hours.bankHolidays !== undefined && isHoliday(today.date) && !closedToday;
  const closedDates = closuresToMention(hours, model.now);
  const row = (label: string, intervals: Intervals, isToday: boolean) =>
    html`<tr class=${isToday ? 'today' : ''}><th scope="row">${label}</th><td>${describeIntervals(model.words, intervals)}</td></tr>`;
  return html`<table part="hours">
      <caption>${t('openingHours')}<span class="visually-hidden">: ${contact.name}</span></caption>
      <thead><tr><th scope="col">${t('day')}</th><th scope="col">${t('hours')}</th></tr></thead>
      <tbody>
        ${WEEKDAYS.map((day) => row(t(day), hoursOn(hours, day), day === today.weekday && !bankHolidayToday && !closedToday))}
        ${hours.bankHolidays ? row(t('bankHolidays'), bankHolidayHours(hours), bankHolidayToday) : nothing}
      </tbody>
    </table>
    ${
      closedDates.length
        ? html`<p part="closed-dates">${t('closedOnDates', { dates: new Intl.ListFormat(locale, { type: 'conjunction' }).format(closedDates.map((date) => formatDayAndDate(date, locale))) })}</p>`
        : nothing
    }`;
}

/** "Closed", "Open 24 hours" or "9am to 12:30pm and 1:30pm to 5pm". */
function describeIntervals(words: Localizer<ContactCardKey>, intervals: Intervals): string {
  if (intervals.length === 0) return words.t('closed');
  if (intervals.length === 1 && intervals[0]!.opens === 0 && intervals[0]!.closes === 1440) return words.t('allDay');
  return intervals.map((i) => words.t('timeRange', { opens: formatClock(i.opens, words), closes: formatClock(i.closes, words) })).join(words.t('rangeJoin'));
}

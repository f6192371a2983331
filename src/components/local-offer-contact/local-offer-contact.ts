import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatClock, formatDate, formatDayAndDate } from '../../i18n/format.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { TRUST_STRINGS } from '../../i18n/strings/trust.js';
import { CONTACT_STRINGS, type ContactKey } from '../../i18n/strings/contact.js';
import { TIME_STRINGS, type TimeKey } from '../../i18n/strings/times.js';
import { CONTACT_ROLE_KEYS, CONTACT_ROLE_STRINGS, type ContactRoleKey } from '../../i18n/strings/vocabulary.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { londonTime } from '../../model/london-time.js';
import { bankHolidayHours, closuresToMention, hoursOn, isAlwaysOpen, isHoliday, openStatus, type OpenStatus } from '../../model/opening-hours.js';
import { isStale } from '../../model/staleness.js';
import type { Contact, Offer } from '../../schema/offer-schema.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { CONTACT_ROLES, WEEKDAYS, type ContactRole } from '../../schema/vocabularies.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { OfferConsumerElement } from '../shared/offer-consumer-element.js';
import { describeStatus } from '../../describe/open-status.js';
import { localOfferContactStyles } from './local-offer-contact.styles.js';

// Only the words this element shows, so that it carries no other element's when bundled alone.
const CONTACT_CARD_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...CONTACT_STRINGS, ...TIME_STRINGS, ...CONTACT_ROLE_STRINGS };

/**
 * A council's leaving-care contacts: who to call, text or email, whether they are open right now (in UK
 * time, updated as time passes), the out-of-hours line standing out when the office is closed, and a call
 * to action for care leavers under 25 who have lost touch.
 *
 * Works inside `<local-offer>` or on its own with `src`. Content in the element shows when JavaScript
 * does not run, and again if the offer cannot be loaded.
 *
 * @tag local-offer-contact
 * @summary Leaving-care contact card with live opening status.
 * @slot - Fallback content (such as the team's phone number as plain HTML), shown when scripts fail or the offer cannot be loaded.
 * @csspart card - The outer box.
 * @csspart heading - The card heading.
 * @csspart example-notice - The notice shown for example data.
 * @csspart cta - The "Under 25 and lost touch?" call to action.
 * @csspart cta-heading - The call to action's heading.
 * @csspart emergency - The out-of-hours panel shown while the office is closed.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart contact-name - A contact's name.
 * @csspart status - A contact's open or closed status.
 * @csspart phone-link - A contact's phone link.
 * @csspart sms-link - A contact's text message link.
 * @csspart email-link - A contact's email link.
 * @csspart website-link - A contact's website link.
 * @csspart address - A contact's address.
 * @csspart hours - A contact's opening hours table.
 * @csspart closed-dates - The list of upcoming days a contact is closed (holiday closures).
 * @csspart review - The "Last reviewed" line.
 * @csspart dropped-note - For the website team: the parts of the offer not shown because they are not valid.
 * @csspart stale-warning - The warning shown when the offer has not been reviewed for too long.
 * @csspart error - The box explaining why the offer cannot be shown (with `src` only).
 * @csspart error-details - The disclosure listing schema errors with their JSON Pointers.
 * @csspart retry-button - The Try again button.
 * @cssprop --local-offer-contact-accent - The card's top border and call-to-action stripe; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-text - Text colour.
 * @cssprop --local-offer-color-link - Link colour.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 * @cssprop --local-offer-color-error - Closed status and the out-of-hours panel.
 * @cssprop --local-offer-color-success - Open status.
 * @fires local-offer-load - LocalOfferLoadEvent, with `src` only: the offer loaded.
 * @fires local-offer-error - LocalOfferErrorEvent, with `src` only: the offer could not be loaded or is invalid.
 */
export class LocalOfferContactElement extends OfferConsumerElement<ContactKey | TimeKey | ContactRoleKey> {
  protected readonly localizer = this.createLocalizer(CONTACT_CARD_STRINGS);

  static override styles = localOfferContactStyles;

  /** Space-separated contact roles to show, in order; for example `"leaving-care-team out-of-hours advocacy"`. */
  @property() roles: string = 'leaving-care-team out-of-hours';

  /** Hides the "Under 25 and lost touch?" call to action. */
  @property({ type: Boolean, attribute: 'hide-cta', reflect: true }) hideCta = false;

  /** Replaces the call to action's heading. */
  @property({ attribute: 'cta-heading' }) ctaHeading: string | undefined = undefined;

  /** Replaces the call to action's text. */
  @property({ attribute: 'cta-text' }) ctaText: string | undefined = undefined;

  /** Warn when the offer was last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths: number = 12;

  /** A fixed clock, for demos and tests; by default the card follows real time. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private announcement = '';

  private readonly clock = new ClockController(this, () => this.now);
  private lastStatuses = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.announceStatusChanges();
  }

  /** Announces a status that changes while the card is open ("now closed"), not the first one shown. */
  private announceStatusChanges(): void {
    const state = this.offerState;
    if (state.status !== 'loaded') return;
    const now = this.currentTime;
    const summary = this.selectedContacts(state.loaded.offer)
      .filter((contact) => contact.openingHours)
      .map((contact) => `${contact.name}: ${describeStatus(openStatus(contact.openingHours!, now), this.localizer)}`)
      .join('. ');
    if (this.lastStatuses && summary !== this.lastStatuses) this.announcement = summary;
    this.lastStatuses = summary;
  }

  private get currentTime(): Date {
    return this.clock.now;
  }

  private selectedContacts(offer: Offer): Contact[] {
    const wanted = this.roles.split(/\s+/).filter((role): role is ContactRole => (CONTACT_ROLES as readonly string[]).includes(role));
    return wanted.flatMap((role) => offer.contacts.filter((contact) => contact.role === role));
  }

  protected override render() {
    return this.renderOffer('loadingContacts', (loaded) => this.renderCard(loaded.offer));
  }

  private renderCard(offer: Offer): TemplateResult {
    const now = this.currentTime;
    const contacts = this.selectedContacts(offer);
    const statuses = new Map(contacts.filter((c) => c.openingHours).map((c) => [c, openStatus(c.openingHours!, now)] as const));
    const outOfHours = contacts.find((contact) => contact.role === 'out-of-hours');
    const offices = contacts.filter((contact) => contact.role !== 'out-of-hours' && statuses.has(contact));
    const officeClosed =
      offices.length > 0 && offices.every((contact) => statuses.get(contact)!.state === 'closed' || statuses.get(contact)!.state === 'never-open');
    const stale = isStale(offer.lastReviewed, now, this.staleAfterMonths);
    return html`
      <section part="card" class="card" aria-labelledby="heading publisher">
        ${this.heading(0, this.t('contactHeading'), 'heading', 'heading-l', 'heading')}
        <p class="publisher secondary" id="publisher">${offer.publisher.name}</p>
        ${offer.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${this.t('exampleNotice')}</p></div>` : nothing}
        ${officeClosed && outOfHours ? this.renderEmergency(outOfHours) : nothing}
        ${
          this.hideCta
            ? nothing
            : html`<div class="cta" part="cta">
              ${this.heading(1, this.ctaHeading ?? this.t('ctaHeading'), 'cta-heading', 'heading-m')}
              <p>${this.ctaText ?? this.t('ctaBody')}</p>
            </div>`
        }
        ${
          contacts.length === 0
            ? html`<p class="empty">${this.t('noContacts')}</p>`
            : html`<ul class="contacts" part="contacts">
              ${contacts.map((contact) => this.renderContact(contact, statuses.get(contact), officeClosed && contact === outOfHours))}
            </ul>`
        }
        ${renderDroppedNote(this.offerState.status === 'loaded' ? this.offerState.loaded.dropped : [], this.localizer)}
        <p class="review secondary" part="review">${this.t('lastReviewed', { date: formatDate(offer.lastReviewed, this.localizer.locale) })}</p>
        ${stale ? html`<div class="notice notice--warning" part="stale-warning"><p>${this.t('staleWarning', { months: this.staleAfterMonths })}</p></div>` : nothing}
        <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      </section>
    `;
  }

  private renderEmergency(contact: Contact): TemplateResult {
    return html`<div class="emergency" part="emergency">
      <p>${this.t('closedEmergency')}</p>
      ${phoneHref('tel', contact.phone) ? html`<p><a part="phone-link" href=${phoneHref('tel', contact.phone)!}>${this.t('call', { number: contact.phone! })}</a></p>` : nothing}
    </div>`;
  }

  private renderContact(contact: Contact, status: OpenStatus | undefined, emphasis: boolean): TemplateResult {
    const website = safeHref(contact.website);
    const statusText = status ? describeStatus(status, this.localizer) : undefined;
    const open = status && (status.state === 'open' || status.state === 'always-open');
    return html`<li class="contact ${emphasis ? 'contact--emphasis' : ''}" part="contact">
      ${this.heading(1, contact.name, 'contact-name', 'heading-m')}
      <p class="secondary">${this.t(CONTACT_ROLE_KEYS[contact.role])}</p>
      ${statusText ? html`<p class="status ${open ? 'status--open' : 'status--closed'}" part="status">${statusText}</p>` : nothing}
      ${
        contact.phone || contact.sms || contact.email || website
          ? html`<ul class="actions">
            ${phoneHref('tel', contact.phone) ? html`<li><a part="phone-link" href=${phoneHref('tel', contact.phone)!}>${this.t('call', { number: contact.phone! })}</a></li>` : nothing}
            ${phoneHref('sms', contact.sms) ? html`<li><a part="sms-link" href=${phoneHref('sms', contact.sms)!}>${this.t('text', { number: contact.sms! })}</a></li>` : nothing}
            ${contact.email ? html`<li><a part="email-link" href=${`mailto:${contact.email}`}>${this.t('email', { address: contact.email })}</a></li>` : nothing}
            ${website ? html`<li><a part="website-link" href=${website}>${this.t('websiteLink')}<span class="visually-hidden">: ${contact.name}</span></a></li>` : nothing}
          </ul>`
          : nothing
      }
      ${
        contact.address || contact.languages?.length
          ? html`<dl class="details">
            ${
              contact.address
                ? html`<dt>${this.t('address')}</dt>
                  <dd><address part="address">${[...contact.address.lines, contact.address.postcode].filter(Boolean).map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address></dd>`
                : nothing
            }
            ${contact.languages?.length ? html`<dt>${this.t('languages')}</dt><dd>${contact.languages.join(', ')}</dd>` : nothing}
          </dl>`
          : nothing
      }
      ${contact.notes ? html`<p>${contact.notes}</p>` : nothing}
      ${contact.openingHours ? this.renderHours(contact) : nothing}
    </li>`;
  }

  private renderHours(contact: Contact): TemplateResult {
    const hours = contact.openingHours!;
    const today = londonTime(this.currentTime);
    // On a closed date no row is today's; on a holiday the bank-holiday row is.
    const closedToday = hours.closedDates?.includes(today.date) ?? false;
    const bankHolidayToday = hours.bankHolidays !== undefined && isHoliday(today.date) && !closedToday;
    const note = hours.note ? html`<p class="secondary">${hours.note}</p>` : nothing;
    const closedDates = closuresToMention(hours, this.currentTime);
    const closures = closedDates.length
      ? html`<p part="closed-dates">${this.t('closedOnDates', { dates: new Intl.ListFormat(this.localizer.locale, { type: 'conjunction' }).format(closedDates.map((date) => formatDayAndDate(date, this.localizer.locale))) })}</p>`
      : nothing;
    if (isAlwaysOpen(hours, this.currentTime)) return html`${note}`;
    const row = (label: string, intervals: readonly { opens: number; closes: number }[], isToday: boolean) =>
      html`<tr class=${isToday ? 'today' : ''}><th scope="row">${label}</th><td>${this.describeIntervals(intervals)}</td></tr>`;
    return html`<table part="hours">
        <caption>${this.t('openingHours')}<span class="visually-hidden">: ${contact.name}</span></caption>
        <thead><tr><th scope="col">${this.t('day')}</th><th scope="col">${this.t('hours')}</th></tr></thead>
        <tbody>
          ${WEEKDAYS.map((day) => row(this.t(day), hoursOn(hours, day), day === today.weekday && !bankHolidayToday && !closedToday))}
          ${hours.bankHolidays ? row(this.t('bankHolidays'), bankHolidayHours(hours), bankHolidayToday) : nothing}
        </tbody>
      </table>
      ${closures} ${note}`;
  }

  /** "Closed", "Open 24 hours" or "9am to 12:30pm and 1:30pm to 5pm". */
  private describeIntervals(intervals: readonly { opens: number; closes: number }[]): string {
    if (intervals.length === 0) return this.t('closed');
    if (intervals.length === 1 && intervals[0]!.opens === 0 && intervals[0]!.closes === 1440) return this.t('allDay');
    return intervals
      .map((i) => this.t('timeRange', { opens: formatClock(i.opens, this.localizer), closes: formatClock(i.closes, this.localizer) }))
      .join(this.t('rangeJoin'));
  }
}

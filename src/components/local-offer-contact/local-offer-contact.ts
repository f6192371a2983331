import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate } from '../../i18n/format.js';
import { openStatus, type OpenStatus } from '../../model/opening-hours.js';
import { isStale } from '../../model/staleness.js';
import { ClockController } from '../../controllers/clock-controller.js';
import type { Contact, Offer } from '../../schema/offer-schema.js';
import { phoneHref } from '../../schema/url.js';
import { describeStatus } from '../../describe/open-status.js';
import { renderDroppedNote } from '../shared/load-error-view.js';
import { OfferConsumerElement } from '../shared/offer-consumer-element.js';
import { selectContacts, type ContactSelection } from './contact-selection.js';
import { renderContact, type ContactViewModel } from './contact-view.js';
import { CONTACT_CARD_STRINGS, hoursWords, type ContactCardKey } from './contact-words.js';
import { localOfferContactStyles } from './local-offer-contact.styles.js';

/**
 * A council's leaving-care contacts: who to call, text or email, whether they are open right now (in UK
 * time, updated as time passes), their hours in words (every day in a table behind "All opening hours"),
 * the out-of-hours line to hand when the office is closed, and a call to action for care leavers under 25
 * who have lost touch. Show one team with `contact` (its id) or `area` (where the young person lives).
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
 * @csspart emergency - The out-of-hours panel shown while the office is closed (GOV.UK inset text).
 * @csspart missing-contact - The message shown in place of contacts asked for by `contact` that the offer does not have.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart contact-name - A contact's name.
 * @csspart status - A contact's open or closed status.
 * @csspart phone-link - A contact's phone link.
 * @csspart sms-link - A contact's text message link.
 * @csspart email-link - A contact's email link.
 * @csspart website-link - A contact's website link.
 * @csspart summary - A contact's opening hours, address and languages (a GOV.UK summary list).
 * @csspart hours-summary - A contact's weekly opening hours in words ("Monday to Thursday: 8:30am to 5pm").
 * @csspart hours-details - The "All opening hours" disclosure holding the opening hours table.
 * @csspart address - A contact's address.
 * @csspart hours - A contact's opening hours table, day by day.
 * @csspart closed-dates - The list of upcoming days a contact is closed (holiday closures), under the table.
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
 * @cssprop --local-offer-color-border - Lines between contacts and rows, and the out-of-hours panel's inset bar.
 * @cssprop --local-offer-color-error - The box explaining why the offer cannot be shown (with `src` only).
 * @cssprop --local-offer-color-success - Open status.
 * @fires local-offer-load - LocalOfferLoadEvent, with `src` only: the offer loaded.
 * @fires local-offer-error - LocalOfferErrorEvent, with `src` only: the offer could not be loaded or is invalid.
 */
export class LocalOfferContactElement extends OfferConsumerElement<ContactCardKey> {
  protected readonly localizer = this.createLocalizer(CONTACT_CARD_STRINGS);

  static override styles = localOfferContactStyles;

  /** Space-separated contact roles to show, in order; for example `"leaving-care-team out-of-hours advocacy"`. Used when neither `contact` nor `area` is set. */
  @property() roles: string = 'leaving-care-team out-of-hours';

  /**
   * Space-separated ids of the offer's contacts to show, in this order, instead of `roles`; for example
   * `"leaving-care-mid emergency-duty-team"`. An id the offer does not have shows a message for the website
   * team (and a console warning) in its place.
   */
  @property() contact: string | undefined = undefined;

  /**
   * A council's GSS code, such as `E07000170` (Ashfield): shows the leaving care team that serves that area
   * or its county (from the contacts' `serves`), and the out-of-hours line, instead of `roles`. `contact`
   * wins when both are set.
   */
  @property() area: string | undefined = undefined;

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
  private readonly hoursWords = hoursWords(this.localizer);
  private lastStatuses = '';
  private lastWarning = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.offerState;
    if (state.status !== 'loaded') return;
    const selection = this.selection(state.loaded.offer);
    this.warnMissing(state.loaded.offer, selection);
    this.announceStatusChanges(selection);
  }

  /** Tells the website team, once per mistake, about contact ids the offer does not have. */
  private warnMissing(offer: Offer, selection: ContactSelection): void {
    const warning = selection.missing.length
      ? `<local-offer-contact>: the offer "${offer.id}" has no ${selection.missing.length > 1 ? 'contacts with the ids' : 'contact with the id'} ${selection.missing.map((id) => `"${id}"`).join(', ')}. Its contact ids are: ${offer.contacts.map((contact) => contact.id).join(', ')}.`
      : '';
    if (warning && warning !== this.lastWarning) console.warn(warning);
    this.lastWarning = warning;
  }

  /** Announces a status that changes while the card is open ("now closed"), not the first one shown. */
  private announceStatusChanges(selection: ContactSelection): void {
    const now = this.clock.now;
    const statuses = selection.contacts
      .filter((contact) => contact.openingHours)
      .map((contact) => `${contact.name}: ${describeStatus(openStatus(contact.openingHours!, now), this.localizer)}`);
    const outOfHours = this.emergencyLine(selection.contacts, now);
    const summary = [...statuses, ...(outOfHours?.phone ? [`${this.t('closedEmergency')} ${this.t('call', { number: outOfHours.phone })}`] : [])].join('. ');
    if (this.lastStatuses && summary !== this.lastStatuses) this.announcement = summary;
    this.lastStatuses = summary;
  }

  private selection(offer: Offer): ContactSelection {
    return selectContacts(offer, { contact: this.contact, area: this.area, roles: this.roles });
  }

  /** The out-of-hours line to bring out: shown, and every office shown is closed now. */
  private emergencyLine(contacts: readonly Contact[], now: Date, statuses?: Map<Contact, OpenStatus>): Contact | undefined {
    const outOfHours = contacts.find((contact) => contact.role === 'out-of-hours');
    const closed = contacts
      .filter((contact) => contact.role !== 'out-of-hours' && contact.openingHours)
      .map((contact) => (statuses?.get(contact) ?? openStatus(contact.openingHours!, now)).state);
    return outOfHours && closed.length > 0 && closed.every((state) => state === 'closed' || state === 'never-open') ? outOfHours : undefined;
  }

  protected override render() {
    return this.renderOffer('loadingContacts', (loaded) => this.renderCard(loaded.offer));
  }

  private renderCard(offer: Offer): TemplateResult {
    const now = this.clock.now;
    const { contacts, missing, chosen } = this.selection(offer);
    const statuses = new Map(contacts.filter((c) => c.openingHours).map((c) => [c, openStatus(c.openingHours!, now)] as const));
    const emergency = this.emergencyLine(contacts, now, statuses);
    const stale = isStale(offer.lastReviewed, now, this.staleAfterMonths);
    const view: ContactViewModel = { words: this.localizer, hoursWords: this.hoursWords, heading: this.heading.bind(this), now };
    // Named by its heading and council, and by the team it shows when it was asked for one, so that
    // several cards on a page are told apart in a screen reader's list of regions.
    const label = `heading publisher${chosen && contacts.length ? ' contact-0' : ''}`;
    return html`
      <section part="card" class="card" aria-labelledby=${label}>
        ${this.heading(0, this.t('contactHeading'), 'heading', 'heading-l', 'heading')}
        <p class="publisher secondary" id="publisher">${offer.publisher.name}</p>
        ${offer.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${this.t('exampleNotice')}</p></div>` : nothing}
        ${emergency ? this.renderEmergency(emergency) : nothing}
        ${
          this.hideCta
            ? nothing
            : html`<div class="cta" part="cta">
              ${this.heading(1, this.ctaHeading ?? this.t('ctaHeading'), 'cta-heading', 'heading-m')}
              <p>${this.ctaText ?? this.t('ctaBody')}</p>
            </div>`
        }
        ${missing.length ? this.renderMissing(missing) : nothing}
        ${
          contacts.length
            ? html`<ul class="contacts" part="contacts">
              ${contacts.map((contact, i) => renderContact(view, contact, statuses.get(contact), contact === emergency, `contact-${i}`))}
            </ul>`
            : missing.length
              ? nothing
              : html`<p class="empty">${this.t('noContacts')}</p>`
        }
        ${renderDroppedNote(this.offerState.status === 'loaded' ? this.offerState.loaded.dropped : [], this.localizer)}
        <p class="review secondary" part="review">${this.t('lastReviewed', { date: formatDate(offer.lastReviewed, this.localizer.locale) })}</p>
        ${stale ? html`<div class="notice notice--warning" part="stale-warning"><p>${this.t('staleWarning', { months: this.staleAfterMonths })}</p></div>` : nothing}
        <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      </section>
    `;
  }

  /** GOV.UK inset text: the office being closed is information, with the out-of-hours number to hand. */
  private renderEmergency(contact: Contact): TemplateResult {
    const tel = phoneHref('tel', contact.phone);
    return html`<div class="inset emergency" part="emergency">
      <p>${this.t('closedEmergency')}</p>
      ${tel ? html`<p><a part="phone-link" href=${tel}>${this.t('call', { number: contact.phone! })}</a></p>` : nothing}
    </div>`;
  }

  /** Contact ids the offer does not have: a kind word for everyone, what to fix for the website team, and the page's own fallback. */
  private renderMissing(missing: readonly string[]): TemplateResult {
    return html`<div class="notice" part="missing-contact">
      <p>${this.t('contactNotShown')}</p>
      <slot></slot>
      <p class="secondary">${this.t('contactMissing', { count: missing.length, ids: missing.map((id) => `"${id}"`).join(', ') })}</p>
    </div>`;
  }
}

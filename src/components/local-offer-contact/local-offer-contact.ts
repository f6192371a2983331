import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { LazyView, LazyViewController } from '../shared/lazy-view-controller.js';
import { OfferConsumerElement } from '../shared/offer-consumer-element.js';
import { CONTACT_CARD_STRINGS, type ContactCardKey } from './contact-words.js';
import { localOfferContactStyles } from './local-offer-contact.styles.js';

const CONTACT_CARD_VIEW = new LazyView(() => import('./contact-card-view.js'));

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
  // Requested as the card arrives, alongside the offer: see LazyViewController.
  private readonly view = new LazyViewController(this, CONTACT_CARD_VIEW);
  private lastStatuses = '';
  private lastWarning = '';

  private get choice() {
    return { contact: this.contact, area: this.area, roles: this.roles };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.offerState;
    const view = this.view.view;
    if (state.status !== 'loaded' || !view) return;
    const news = view.contactCardNews(state.loaded.offer, this.choice, this.clock.now, this.localizer);
    // Tells the website team once per mistake; announces a status that changes while the card is open
    // ("now closed"), not the first one shown.
    if (news.warning && news.warning !== this.lastWarning) console.warn(news.warning);
    this.lastWarning = news.warning;
    if (this.lastStatuses && news.statuses !== this.lastStatuses) this.announcement = news.statuses;
    this.lastStatuses = news.statuses;
  }

  protected override render() {
    return this.renderOffer(
      'loadingContacts',
      (loaded) =>
        this.view.view!.renderContactCard({
          words: this.localizer,
          heading: this.heading.bind(this),
          offer: loaded.offer,
          dropped: loaded.dropped,
          choice: this.choice,
          now: this.clock.now,
          hideCta: this.hideCta,
          ctaHeading: this.ctaHeading,
          ctaText: this.ctaText,
          staleAfterMonths: this.staleAfterMonths,
          announcement: this.announcement,
        }),
      this.view,
    );
  }
}

import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { offerContext } from '../../context/offer-context.js';
import { OfferSourceController } from '../../context/offer-source-controller.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { renderLoadError } from '../shared/load-error-view.js';
import { LocalOfferElement } from '../shared/local-offer-element.js';
import { localOfferStyles } from './local-offer.styles.js';

/**
 * Loads one Local Offer, validates it, and shares it with every Local Offer element inside it.
 *
 * Give the offer as a `src` URL, as a `<script type="application/json">` child, or as the `offer`
 * property. It shows nothing itself unless the offer cannot be shown; then it explains why in place, with
 * a Retry button for network failures. Validation warnings go to the console, for the website team.
 *
 * @tag local-offer
 * @summary Loads and validates an offer and provides it to the elements inside.
 * @slot - The Local Offer elements (and anything else) that use this offer.
 * @csspart error - The box explaining why the offer cannot be shown.
 * @csspart error-details - The disclosure listing schema errors with their JSON Pointers.
 * @csspart retry-button - The Try again button shown for network errors.
 * @cssprop --local-offer-color-error - Border of the error box.
 * @fires local-offer-load - LocalOfferLoadEvent: the offer loaded and is valid; `event.loaded` holds it.
 * @fires local-offer-error - LocalOfferErrorEvent: the offer could not be loaded or is invalid; `event.error` says why.
 */
export class LocalOfferProviderElement extends LocalOfferElement {
  protected readonly localizer = this.createLocalizer(COMMON_STRINGS);

  static override styles = localOfferStyles;

  /** URL of the offer JSON, relative to the page. Ignored when the offer is given inline or by property. */
  @property({ reflect: true }) src: string | undefined = undefined;

  /** An offer object set by script; validated like a file. */
  @property({ attribute: false }) offer: object | undefined = undefined;

  /** How long to wait for the file, in milliseconds. */
  @property({ type: Number }) timeout = 10_000;

  private readonly source = new OfferSourceController(this, () => ({
    src: this.src,
    inline: this.offer ?? this.inlineJson(),
    timeoutMs: this.timeout,
  }));

  private readonly provider = new ContextProvider(this, { context: offerContext, initialValue: { status: 'loading' } });

  private inlineJson(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  protected override willUpdate(): void {
    this.share();
  }

  // Again after the update: Try again restarts the load during the update (after willUpdate), and the
  // elements inside must show "Loading" then, not stay on the old error with nothing to say.
  protected override updated(): void {
    this.share();
  }

  private share(): void {
    const state = this.source.state;
    if (this.provider.value !== state) this.provider.setValue(state);
  }

  protected override render() {
    const state = this.source.state;
    return html`${state.status === 'error' ? renderLoadError(state.error, this.localizer, () => this.source.retry()) : nothing}<slot></slot>`;
  }
}

/**
 * Base for elements that show an offer: they take it from a surrounding <local-offer>, or load their
 * own with `src`. Loading, errors and the fallback slot look the same in every element.
 */
import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { offerContext, type OfferState } from '../../context/offer-context.js';
import { OfferLoadError } from '../../context/offer-load-error.js';
import type { LoadedOffer } from '../../context/offer-loader.js';
import { OfferSourceController } from '../../context/offer-source-controller.js';
import type { StringKey } from '../../i18n/strings.js';
import type { CommonKey } from '../../i18n/strings/common.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import { renderLoadError } from './load-error-view.js';
import { LocalOfferElement } from './local-offer-element.js';

export abstract class OfferConsumerElement<Extra extends StringKey = never> extends LocalOfferElement<TrustKey | Extra> {
  /** URL of an offer to load, for use outside `<local-offer>`. */
  @property({ reflect: true }) src: string | undefined = undefined;

  /** Milliseconds to wait for `src`. */
  @property({ type: Number }) timeout = 10_000;

  @consume({ context: offerContext, subscribe: true })
  @state()
  providedState: OfferState | undefined = undefined;

  private ownSource: OfferSourceController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && !this.ownSource) {
      this.ownSource = new OfferSourceController(this, () => ({ src: this.src, timeoutMs: this.timeout }));
    }
  }

  protected get offerState(): OfferState {
    if (this.src && this.ownSource) return this.ownSource.state;
    return this.providedState ?? { status: 'error', error: new OfferLoadError('no-source', 'No src and no <local-offer> around it') };
  }

  /** Loading and error states shared by every element; `loaded` renders the offer. */
  protected renderOffer(loadingKey: CommonKey | TrustKey | Extra, loaded: (offer: LoadedOffer) => TemplateResult): TemplateResult {
    const state = this.offerState;
    if (state.status === 'loading') {
      return html`<div part="card" class="card" aria-busy="true"><p role="status">${this.t(loadingKey)}</p></div>`;
    }
    if (state.status === 'error') {
      // Inside a provider, the provider explains the error once; alone, the element does.
      const ownError = this.src || !this.providedState;
      return html`${ownError ? renderLoadError(state.error, this.localizer, () => this.ownSource?.retry()) : nothing}<slot></slot>`;
    }
    return loaded(state.loaded);
  }
}

/**
 * Base for elements that show an offer: they take it from a surrounding <local-offer>, or load their
 * own with `src`. Loading, errors and the fallback slot look the same in every element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { OfferState } from '../../context/offer-context.js';
import { OfferConsumerController } from '../../context/offer-consumer-controller.js';
import type { LoadedOffer } from '../../context/offer-loader.js';
import type { StringKey } from '../../i18n/strings.js';
import type { CommonKey } from '../../i18n/strings/common.js';
import type { TrustKey } from '../../i18n/strings/trust.js';
import type { LazyViewController } from './lazy-view-controller.js';
import { renderLoadError } from './load-error-view.js';
import { LocalOfferElement } from './local-offer-element.js';

export abstract class OfferConsumerElement<Extra extends StringKey = never> extends LocalOfferElement<TrustKey | Extra> {
  /** URL of an offer to load, for use outside `<local-offer>`. */
  @property({ reflect: true }) src: string | undefined = undefined;

  /** Milliseconds to wait for `src`. */
  @property({ type: Number }) timeout = 10_000;

  protected readonly offerConsumer = new OfferConsumerController(this, () => ({ src: this.src, timeoutMs: this.timeout }));

  protected get offerState(): OfferState {
    return this.offerConsumer.state;
  }

  /**
   * Loading and error states shared by every element; `loaded` renders the offer, once the code that draws
   * it (`view`, when the element loads it apart) is here too.
   */
  protected renderOffer(
    loadingKey: CommonKey | TrustKey | Extra,
    loaded: (offer: LoadedOffer) => TemplateResult,
    view?: LazyViewController<unknown>,
  ): TemplateResult {
    const state = this.offerState;
    if (state.status === 'error' || view?.error) {
      // Inside a provider, the provider explains the offer's error once; alone, the element does. Missing
      // code is this element's own.
      const error = view?.error ?? (state.status === 'error' ? state.error : undefined);
      const ownError = !!view?.error || this.offerConsumer.ownsSource || !this.offerConsumer.provided;
      // Both may have failed (offline): Try again asks for both.
      const retry = () => {
        if (view?.error) view.retry();
        if (state.status === 'error') this.offerConsumer.retry();
      };
      return html`${ownError && error ? renderLoadError(error, this.localizer, retry) : nothing}<slot></slot>`;
    }
    if (state.status === 'loading' || (view && !view.view)) {
      return html`<div part="card" class="card" aria-busy="true"><p role="status">${this.t(loadingKey)}</p></div>`;
    }
    return loaded(state.loaded);
  }
}

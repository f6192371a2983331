/**
 * The offer an element shows: its own, loaded from `src`, or else the one a surrounding <local-offer>
 * provides. One controller, so every element (base class or not) reads offers the same way.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { offerContext, type OfferState } from './offer-context.js';
import { OfferLoadError } from './offer-load-error.js';
import { OfferSourceController, type OfferSource } from './offer-source-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

const NO_SOURCE: OfferState = Object.freeze({ status: 'error', error: new OfferLoadError('no-source', 'No src and no <local-offer> around it') });

export class OfferConsumerController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof offerContext, Host>;
  private own: OfferSourceController | undefined;

  constructor(
    private readonly host: Host,
    private readonly source: () => OfferSource = () => ({}),
  ) {
    this.consumer = new ContextConsumer(host, { context: offerContext, subscribe: true });
    host.addController(this);
  }

  hostUpdate(): void {
    // Made on first need: most elements sit inside a provider and never load anything themselves.
    if (!this.own && this.source().src) this.own = new OfferSourceController(this.host, this.source);
  }

  /** What a surrounding <local-offer> provides, or undefined when there is none. */
  get provided(): OfferState | undefined {
    return this.consumer.value;
  }

  /** True when this element loads its own offer, and so explains its own errors. */
  get ownsSource(): boolean {
    return !!this.source().src && this.own !== undefined;
  }

  get state(): OfferState {
    if (this.ownsSource) return this.own!.state;
    return this.provided ?? NO_SOURCE;
  }

  /** Asks the network again for the element's own offer. */
  retry(): void {
    this.own?.retry();
  }
}

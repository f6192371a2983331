/**
 * The code that draws an offer, loaded by import() as soon as its element is on the page: at the same time
 * as the offer itself, so it costs no extra wait before the offer shows, while the element's first render
 * (loading, or an error with the fallback content) needs none of it. The checklist and the finder draw from
 * the national catalogue, eligibility and many views: half their code, needed only once an offer is here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLoadError, type OfferLoadError } from '../../context/offer-load-error.js';
import { loadCode } from '../../util/missing-code.js';

/**
 * One view's code, shared by every element of a kind: the second contact card on a page draws at once,
 * with the code the first one loaded.
 */
export class LazyView<View> {
  /** The loaded code, once it is here. */
  view: View | undefined;
  /** Why it could not be loaded: most often a chunks/ folder not copied with the script. */
  error: OfferLoadError | undefined;
  private loading: Promise<View> | undefined;

  constructor(private readonly load: () => Promise<View>) {}

  /**
   * The code, loading it now if it is not yet. A failed load is not kept: the next call asks again (a
   * phone may have lost its connection for a moment), and browsers that follow the HTML standard's
   * change of 2024 (whatwg/html#10327) fetch the file again instead of repeating the failure.
   */
  get ready(): Promise<View> {
    this.loading ??= loadCode(this.load).then(
      (view) => {
        this.error = undefined;
        return (this.view = view);
      },
      (cause: unknown) => {
        this.loading = undefined;
        throw (this.error = toLoadError(cause));
      },
    );
    return this.loading;
  }
}

/** Starts loading an element's view when the element is connected, and renders it again when the view is here. */
export class LazyViewController<View> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly code: LazyView<View>,
  ) {
    host.addController(this);
  }

  get view(): View | undefined {
    return this.code.view;
  }

  get error(): OfferLoadError | undefined {
    return this.code.error;
  }

  /** The code, for work that needs it outside render. */
  get ready(): Promise<View> {
    return this.code.ready;
  }

  /** Asks for the code again after it failed (Try again), and renders when it is here or fails again. */
  retry(): void {
    if (this.code.view) return;
    const update = () => this.host.requestUpdate();
    this.code.ready.then(update, update);
  }

  hostConnected(): void {
    if (this.code.view || this.code.error) return;
    const update = () => this.host.requestUpdate();
    this.code.ready.then(update, update);
  }
}

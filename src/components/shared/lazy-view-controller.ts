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
 * with the code the first one loaded. Every element showing it hears when a load ends, so a Try again in one
 * card mends them all.
 */
export class LazyView<View> {
  /** The loaded code, once it is here. */
  view: View | undefined;
  /** Why it could not be loaded: most often a chunks/ folder not copied with the script. */
  error: OfferLoadError | undefined;
  private loading: Promise<View> | undefined;
  private readonly hosts = new Set<ReactiveControllerHost>();

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
        this.view = view;
        this.renderAll();
        return view;
      },
      (cause: unknown) => {
        this.loading = undefined;
        this.error = toLoadError(cause);
        this.renderAll();
        throw this.error;
      },
    );
    return this.loading;
  }

  /** Try again: the error goes (the elements say Loading, and a new failure is announced anew) and the code is asked for. */
  retry(): void {
    if (this.view) return;
    this.error = undefined;
    this.renderAll();
    this.ready.catch(() => {});
  }

  /** An element that shows this view, to render again when a load ends. */
  watch(host: ReactiveControllerHost, watching: boolean): void {
    if (watching) this.hosts.add(host);
    else this.hosts.delete(host);
  }

  private renderAll(): void {
    for (const host of this.hosts) host.requestUpdate();
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

  /** Asks for the code again after it failed (Try again); every element showing it renders when that ends. */
  retry(): void {
    this.code.retry();
  }

  hostConnected(): void {
    this.code.watch(this.host, true);
    // A file missing from the website stays missing; anything else (offline a moment ago) is asked for again.
    if (!this.code.view && this.code.error?.kind !== 'missing-code') this.code.ready.catch(() => {});
  }

  hostDisconnected(): void {
    this.code.watch(this.host, false);
  }
}

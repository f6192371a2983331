/**
 * The code that draws an offer, loaded by import() as soon as its element is on the page: at the same time
 * as the offer itself, so it costs no extra wait before the offer shows, while the element's first render
 * (loading, or an error with the fallback content) needs none of it. The checklist and the finder draw from
 * the national catalogue, eligibility and many views: half their code, needed only once an offer is here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLoadError, type OfferLoadError } from '../../context/offer-load-error.js';
import { loadCode } from '../../util/missing-code.js';

export class LazyViewController<View> implements ReactiveController {
  /** The loaded code, once it is here. */
  view: View | undefined;
  /** Why it could not be loaded: most often a chunks/ folder not copied with the script. */
  error: OfferLoadError | undefined;
  private loading: Promise<View> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<View>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.ready.catch(() => undefined);
  }

  /** The code, loading it now if it is not yet: for work that needs it outside render. */
  get ready(): Promise<View> {
    this.loading ??= loadCode(this.load).then(
      (view) => {
        this.view = view;
        this.host.requestUpdate();
        return view;
      },
      (cause: unknown) => {
        this.error = toLoadError(cause);
        this.host.requestUpdate();
        throw this.error;
      },
    );
    return this.loading;
  }
}

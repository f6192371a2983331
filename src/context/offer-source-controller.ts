/**
 * Loads the offer an element was given — a `src` URL, inline JSON, or an object set by script — with
 * @lit/task, so a new `src` aborts the old request and the host re-renders as the state changes.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LocalOfferErrorEvent } from '../events/local-offer-error-event.js';
import { LocalOfferLoadEvent } from '../events/local-offer-load-event.js';
import type { OfferState } from './offer-context.js';
import { OfferLoadError, toLoadError } from './offer-load-error.js';
import { DEFAULT_TIMEOUT_MS, loadOffer, onRetry, readInlineOffer, type LoadedOffer } from './offer-loader.js';

export interface OfferSource {
  readonly src?: string | undefined;
  /** Inline JSON text or a parsed object; wins over `src`. */
  readonly inline?: string | object | undefined;
  readonly timeoutMs?: number | undefined;
}

type Args = [string | undefined, string | object | undefined, number, number];

export class OfferSourceController implements ReactiveController {
  private readonly task: Task<Args, LoadedOffer>;
  private attempt = 0;
  private reloadOnNextRun = false;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => OfferSource,
  ) {
    host.addController(this);
    this.task = new Task<Args, LoadedOffer>(host, {
      task: async ([src, inline, timeoutMs], { signal }) => {
        const reload = this.reloadOnNextRun;
        this.reloadOnNextRun = false;
        if (inline !== undefined) return readInlineOffer(inline);
        if (!src) throw new OfferLoadError('no-source', 'No src attribute and no inline offer');
        return loadOffer(src, { signal, timeoutMs, reload });
      },
      args: () => {
        const { src, inline, timeoutMs } = source();
        return [src || undefined, inline, timeoutMs ?? DEFAULT_TIMEOUT_MS, this.attempt];
      },
      onComplete: (loaded) => {
        for (const warning of loaded.warnings) console.warn(`Local Offer (${loaded.source}) ${warning.path || '(root)'}: ${warning.message}`);
        if (loaded.dropped.length)
          console.warn(`Local Offer (${loaded.source}): ${loaded.dropped.length} part(s) left out because they are not valid; the rest is shown.`);
        host.dispatchEvent(new LocalOfferLoadEvent(loaded));
      },
      onError: (error) => {
        const loadError = toLoadError(error);
        if (loadError.kind === 'invalid' || loadError.kind === 'not-json') {
          console.error(
            `Local Offer (${loadError.details.url ?? 'inline'}) is invalid:`,
            ...(loadError.details.issues ?? []).map((i) => `\n  ${i.path || '(root)'}: ${i.message}`),
          );
        }
        host.dispatchEvent(new LocalOfferErrorEvent(loadError));
      },
    });
  }

  private lastState: OfferState = { status: 'loading' };

  /** The current state; the same object until it changes, so context consumers update only on change. */
  get state(): OfferState {
    const status = this.task.status;
    const last = this.lastState;
    if (status === TaskStatus.COMPLETE) {
      if (last.status !== 'loaded' || last.loaded !== this.task.value) this.lastState = { status: 'loaded', loaded: this.task.value! };
    } else if (status === TaskStatus.ERROR) {
      const error = toLoadError(this.task.error);
      if (last.status !== 'error' || last.error.message !== error.message || last.error.kind !== error.kind) this.lastState = { status: 'error', error };
    } else if (last.status !== 'loading') {
      this.lastState = { status: 'loading' };
    }
    return this.lastState;
  }

  hostConnected(): void {
    // Another element showing the same file asked again: follow it, rather than stay on the old error.
    this.stopListening = onRetry((url) => {
      const { src, inline } = this.source();
      if (inline !== undefined || !src || this.task.status !== TaskStatus.ERROR) return;
      if (new URL(src, document.baseURI).href !== url) return;
      this.attempt++;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  /** Asks the network again, skipping the cache; every element showing the same file follows. */
  retry(): void {
    this.reloadOnNextRun = true;
    this.attempt++;
    this.host.requestUpdate();
  }
}

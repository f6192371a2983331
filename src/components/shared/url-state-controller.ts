/**
 * Keeps an element's view in the address bar, so a link reproduces it and Back and Forward move between
 * views: a new history entry for a choice, a replaced one (once the typist pauses) while typing. Follows the
 * element's `no-url-state` both ways: switched off, it stops listening and writing; on again, it listens
 * again. The finder, the comparison and the coverage map each give it how to read and write their view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Browsers throttle history calls: typing replaces the entry once the typist pauses. */
const TYPING_DELAY_MS = 400;

export interface UrlStateBinding<State> {
  /** False while the page has asked for no URL state. */
  enabled(): boolean;
  /** The view a query string names, or undefined when it names none of it. */
  read(search: string): State | undefined;
  /** The page's address with the element's view written into it. */
  write(href: string): string;
  /** Shows a view read from the address bar: undefined when Back leads to an address with none. */
  restore(state: State | undefined): void;
}

export class UrlStateController<State> implements ReactiveController {
  private listening = false;
  private connected = false;
  private replaceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly binding: UrlStateBinding<State>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    const state = this.binding.enabled() ? this.binding.read(location.search) : undefined;
    if (state !== undefined) this.binding.restore(state);
    this.listen();
  }

  hostUpdate(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listen();
    clearTimeout(this.replaceTimer);
  }

  record(mode: 'push' | 'replace' = 'push'): void {
    if (!this.binding.enabled()) return;
    clearTimeout(this.replaceTimer);
    if (mode === 'replace') this.replaceTimer = setTimeout(() => this.write('replace'), TYPING_DELAY_MS);
    else this.write('push');
  }

  private write(mode: 'push' | 'replace'): void {
    const href = this.binding.write(location.href);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private listen(): void {
    const wanted = this.connected && this.binding.enabled();
    if (wanted === this.listening) return;
    if (wanted) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
    this.listening = wanted;
  }

  private readonly onPopState = () => this.binding.restore(this.binding.read(location.search));
}

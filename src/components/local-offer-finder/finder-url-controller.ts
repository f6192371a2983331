/**
 * Keeps the finder's view in the address bar (`lo-*` parameters), so a link reproduces it and Back and
 * Forward move between views. Follows `no-url-state` both ways: switched off, it stops listening and
 * writing; switched on again, it listens again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readFinderState, writeFinderState, type FinderUrlState } from './finder-url-state.js';

/** Typing replaces the history entry once the typist pauses: browsers throttle history calls. */
const TYPING_DELAY_MS = 400;

export interface FinderUrlBinding {
  /** False while the page has asked for no URL state. */
  enabled(): boolean;
  /** The view to record. */
  state(): FinderUrlState;
  /** Shows a view read from the address bar. */
  restore(state: FinderUrlState): void;
}

export class FinderUrlController implements ReactiveController {
  private listening = false;
  private connected = false;
  private replaceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly binding: FinderUrlBinding,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.binding.enabled()) this.binding.restore(readFinderState(location.search));
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

  /** Records the view: a new history entry for a choice, a replacement (after a pause) while typing. */
  record(mode: 'push' | 'replace'): void {
    if (!this.binding.enabled()) return;
    clearTimeout(this.replaceTimer);
    if (mode === 'replace') this.replaceTimer = setTimeout(() => this.write('replace'), TYPING_DELAY_MS);
    else this.write('push');
  }

  private write(mode: 'push' | 'replace'): void {
    const href = writeFinderState(this.binding.state(), location.href);
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

  private readonly onPopState = () => this.binding.restore(readFinderState(location.search));
}

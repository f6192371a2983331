/**
 * Keeps the comparison in the address bar, so a link reproduces it and Back and Forward move between
 * comparisons. Follows `no-url-state` both ways, as the finder's does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readCompareState, writeCompareState } from './compare-url-state.js';

export interface CompareUrlBinding {
  enabled(): boolean;
  codes(): readonly string[];
  /** Shows the councils a link or a history entry names. */
  restore(codes: string[]): void;
}

export class CompareUrlController implements ReactiveController {
  private listening = false;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly binding: CompareUrlBinding,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    const codes = this.binding.enabled() ? readCompareState(location.search) : undefined;
    if (codes) this.binding.restore(codes);
    this.listen();
  }

  hostUpdate(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listen();
  }

  /** A new history entry for each council added or removed. */
  record(): void {
    if (!this.binding.enabled()) return;
    const href = writeCompareState(this.binding.codes(), location.href);
    if (href !== location.href) history.pushState(history.state, '', href);
  }

  private listen(): void {
    const wanted = this.connected && this.binding.enabled();
    if (wanted === this.listening) return;
    if (wanted) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
    this.listening = wanted;
  }

  private readonly onPopState = () => this.binding.restore(readCompareState(location.search) ?? []);
}

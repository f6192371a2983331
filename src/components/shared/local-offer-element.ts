/**
 * What every element shares: its strings (own overrides, then page-wide, then English) and re-rendering
 * when page-wide strings change.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { Localizer, onStringsChanged } from '../../i18n/localize.js';
import type { StringOverrides } from '../../i18n/strings.js';

export class LocalOfferElement extends LitElement {
  /** Overrides for any of the element's words, such as `{ ctaHeading: '…' }`. See the i18n docs. */
  @property({ attribute: false }) accessor strings: StringOverrides | undefined = undefined;

  protected readonly localizer = new Localizer(
    () => this.strings,
    () => this.closest('[lang]')?.getAttribute('lang') || 'en-GB',
  );
  private unsubscribe: (() => void) | undefined;

  protected t(...args: Parameters<Localizer['t']>): string {
    return this.localizer.t(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onStringsChanged(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }
}

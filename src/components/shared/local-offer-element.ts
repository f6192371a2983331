/**
 * What every element shares: its words (through a LocalizeController) and headings that fit the host
 * page's outline. Everything else an element needs comes from controllers.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { Localizer } from '../../i18n/localize.js';
import type { Message, StringKey, StringOverrides } from '../../i18n/strings.js';
import type { CommonKey } from '../../i18n/strings/common.js';

/** `Extra` is the string keys an element uses beyond the loading and error words every element has. */
export abstract class LocalOfferElement<Extra extends StringKey = never> extends LitElement {
  /** Overrides for any of the element's words, such as `{ ctaHeading: '…' }`. See docs/i18n.md. */
  @property({ attribute: false }) strings: StringOverrides | undefined = undefined;

  /** The heading level of the element's heading (1–6); headings inside it are lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Each element makes its own from its English words with createLocalizer(), so an element bundled alone
   * carries only those words.
   */
  protected abstract readonly localizer: Localizer<CommonKey | Extra>;

  protected createLocalizer<K extends StringKey>(defaults: Readonly<Record<K, Message>>): Localizer<K> {
    return new LocalizeController(this, defaults, () => this.strings).localizer;
  }

  protected t(key: CommonKey | Extra, params?: Readonly<Record<string, string | number>>): string {
    return this.localizer.t(key, params);
  }

  /**
   * A heading at a level relative to the element's own (offset 0 is the element heading), so the element
   * fits the page's outline wherever it is placed.
   */
  protected heading(offset: number, text: string, part: string, className: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
    return html`<p role="heading" aria-level=${level} part=${part} class=${className} id=${id ?? nothing}>${text}</p>`;
  }
}

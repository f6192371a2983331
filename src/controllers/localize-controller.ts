/**
 * An element's words: its own `strings` first, then the page's (registerStrings), then English; and the
 * locale for dates and money from the nearest `lang`. Re-renders the host when the page's words change,
 * so any element, base class or not, can have overridable words.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Localizer, onStringsChanged } from '../i18n/localize.js';
import type { Message, StringKey, StringOverrides } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The locale for Intl from a `lang` attribute. A bare "en" (the most common page language) means British
 * English here: the library is for England, and Intl's "en" would write dates the American way.
 */
export function intlLocale(lang: string | null | undefined): string {
  const tag = lang?.trim();
  if (!tag || /^en$/i.test(tag)) return 'en-GB';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

export class LocalizeController<K extends StringKey> implements ReactiveController {
  readonly localizer: Localizer<K>;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    defaults: Readonly<Record<K, Message>>,
    own: () => StringOverrides | undefined,
  ) {
    this.localizer = new Localizer(defaults, own, () => this.locale);
    host.addController(this);
  }

  /** The locale for dates, numbers and plurals: the nearest `lang` on the page, read through shadow roots. */
  get locale(): string {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) return intlLocale(node.getAttribute('lang'));
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return 'en-GB';
  }

  hostConnected(): void {
    this.unsubscribe = onStringsChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

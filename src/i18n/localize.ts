/**
 * Looks up and fills in strings: the element's own overrides first, then page-wide ones, then English.
 */
import type { Message, PluralForms, StringKey, StringOverrides } from './strings.js';

let pageStrings: StringOverrides = {};
const listeners = new Set<() => void>();

/**
 * Overrides strings for every element on the page, such as a council's own wording for the call to action.
 * Elements already on the page update.
 */
export function registerStrings(overrides: StringOverrides): void {
  pageStrings = Object.freeze({ ...pageStrings, ...overrides });
  for (const listener of listeners) listener();
}

/** Elements subscribe while connected so that registerStrings re-renders them. */
export function onStringsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/**
 * An element's strings. `K` is the keys it may use: its English defaults must hold every one of them, which
 * the type checker enforces when a Localizer with fewer keys is passed where more are needed.
 */
export class Localizer<K extends StringKey = StringKey> {
  constructor(
    private readonly defaults: Readonly<Record<K, Message>>,
    private readonly own: () => StringOverrides | undefined = () => undefined,
    private readonly localeOf: () => string = () => 'en-GB',
  ) {}

  /**
   * The same words and more: for code loaded later (an element's view), which brings its own English
   * words so that the element's first render does not carry them. Overrides and locale are shared.
   */
  with<M extends StringKey>(more: Readonly<Record<M, Message>>): Localizer<K | M> {
    return new Localizer<K | M>({ ...this.defaults, ...more } as Readonly<Record<K | M, Message>>, this.own, this.localeOf);
  }

  /** The locale for dates, money and plurals (the nearest `lang` on the page). */
  get locale(): string {
    return this.localeOf();
  }

  /** A string with its `{placeholders}` filled in; plural messages use `count`. */
  // A function property, not a method, so that its key type is checked contravariantly.
  readonly t = (key: K, params: Readonly<Record<string, string | number>> = {}): string => {
    const message = (this.own()?.[key] ?? pageStrings[key] ?? this.defaults[key]) as Message;
    if (typeof message === 'string') return fill(message, params);
    const count = Number(params.count ?? 0);
    const forms = message as PluralForms;
    return fill(forms[pluralCategory(this.locale, count)] ?? forms.other, params);
  };
}

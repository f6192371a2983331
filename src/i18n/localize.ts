/**
 * Looks up and fills in strings: the element's own overrides first, then page-wide ones, then English.
 */
import { DEFAULT_STRINGS, type Message, type PluralForms, type StringKey, type StringOverrides } from './strings.js';

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

export class Localizer {
  constructor(
    private readonly own: () => StringOverrides | undefined,
    private readonly locale: () => string = () => 'en-GB',
  ) {}

  private message(key: StringKey): Message {
    return (this.own()?.[key] ?? pageStrings[key] ?? DEFAULT_STRINGS[key]) as Message;
  }

  /** A string with its `{placeholders}` filled in; plural messages use `count`. */
  t(key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
    const message = this.message(key);
    if (typeof message === 'string') return fill(message, params);
    const count = Number(params.count ?? 0);
    const forms = message as PluralForms;
    return fill(forms[pluralCategory(this.locale(), count)] ?? forms.other, params);
  }
}

/**
 * The shape of a message: a string with `{name}` placeholders filled in at run time, or an object of plural
 * forms (`one`, `other`…) chosen with Intl.PluralRules.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;

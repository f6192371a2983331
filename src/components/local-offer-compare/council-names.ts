/** Councils named as people name them, and lists of them joined as the page's language joins lists. */
import type { Localizer } from '../../i18n/localize.js';
import type { CompareKey } from '../../i18n/strings/compare.js';
import { councilByCode } from '../../places/council-registry.js';

export const councilName = (code: string) => councilByCode(code)?.shortName ?? code;

/** "Nottinghamshire and Manchester", "A, B and C". */
export function joinNames(names: readonly string[], words: Localizer<CompareKey>): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}${words.t('compareAnd')}${names[names.length - 1]}`;
}

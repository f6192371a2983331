/**
 * How each category looks on the map and in its key: a colour and a pattern, so no category is told from
 * another by colour alone (nor in forced colours, where the patterns are drawn in the system's colours).
 */
import type { CoverageKey } from '../../i18n/strings/coverage.js';
import type { Category } from './coverage-measures.js';

export type Pattern = 'solid' | 'diagonal' | 'dots' | 'lines' | 'empty';

export interface CategoryStyle {
  readonly colour: string;
  readonly pattern: Pattern;
  readonly key: CoverageKey;
}

const GREEN = '#00703c';
const BLUE = '#1d70b8';
const ORANGE = '#f47738';
const RED = '#d4351c';
const GREY = '#b1b4b6';

export const CATEGORY_STYLES: Readonly<Record<Category, CategoryStyle>> = Object.freeze({
  own: { colour: GREEN, pattern: 'solid', key: 'coverageKeyOwn' },
  joint: { colour: BLUE, pattern: 'diagonal', key: 'coverageKeyJoint' },
  county: { colour: ORANGE, pattern: 'dots', key: 'coverageKeyCounty' },
  none: { colour: GREY, pattern: 'empty', key: 'coverageKeyNone' },
  current: { colour: GREEN, pattern: 'solid', key: 'coverageKeyCurrent' },
  stale: { colour: RED, pattern: 'diagonal', key: 'coverageKeyStale' },
  above: { colour: GREEN, pattern: 'solid', key: 'coverageKeyAbove' },
  same: { colour: BLUE, pattern: 'diagonal', key: 'coverageKeySame' },
  below: { colour: RED, pattern: 'dots', key: 'coverageKeyBelow' },
  'not-stated': { colour: ORANGE, pattern: 'lines', key: 'coverageKeyNotStated' },
  'to-25': { colour: GREEN, pattern: 'solid', key: 'coverageKeyTo25' },
  part: { colour: BLUE, pattern: 'diagonal', key: 'coverageKeyPart' },
  unknown: { colour: GREY, pattern: 'empty', key: 'coverageKeyUnknown' },
});

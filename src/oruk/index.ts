/** Open Referral UK: import a council's service directory as an offer, and export an offer as ORUK 3.0. */
export { fromOruk, type FromOrukOptions, type FromOrukSuccess, type FromOrukFailure } from './from-oruk.js';
export { toOruk, describeValue, type ToOrukResult } from './to-oruk.js';
export { ConversionReport, type ReportEntry, type ReportKind } from './conversion-report.js';
export { htmlToText, htmlToLine, looksLikeHtml } from './html-to-text.js';
export { guessArea, type AreaMatch } from './area-keywords.js';
export { TAXONOMY } from './taxonomies.js';
export { EXTENSION } from './oruk-types.js';
export type * from './oruk-types.js';

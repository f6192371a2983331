/** Tools for people who write offers: the validator with source locations (used by the CLI and playground). */
export { validateSource, type LocatedIssue, type SourceReport } from './validate-source.js';
export { SourceText, type SourcePosition } from './source-locations.js';

/**
 * Tools for people who write offers: the validator with source locations (used by the CLI and playground),
 * and the parsers, strict (as the CLI) and lenient (as the elements read a file that fails the quick check).
 */
export { validateSource, type LocatedIssue, type SourceReport } from './validate-source.js';
export { SourceText, type SourcePosition } from './source-locations.js';
export { parseOffer, parseOfferText, parseDirectory, parseDirectoryText } from '../schema/parse.js';
export { readOffer, readOfferText, readDirectory, readDirectoryText } from '../schema/parse.js';

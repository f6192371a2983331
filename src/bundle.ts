// The one-file bundle: every element registered, and the public API but for the zod schema and its
// parsers (see api.ts; dist/publisher-tools.js has the parsers for pages that validate offers themselves).
export * from './api.js';
import './define.js';

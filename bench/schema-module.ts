// What the elements carry to read an offer before they know whether it is valid: the quick check and the
// cross-checks (src/schema/quick-read.ts). The full zod reader, with its messages, is a chunk of its own,
// loaded only for a file the quick check refuses; `npm run bench` reports it under "later".
export { readOfferTextQuickly, readDirectoryTextQuickly } from '../src/schema/quick-read.js';

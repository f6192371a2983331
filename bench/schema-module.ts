// What the elements carry to read an offer: the schema, its cross-checks, lenient reading and the
// messages. `npm run bench` measures it alone (issue 13 capped its growth for schema 1.1).
export { readOffer, readOfferText, parseOffer } from '../src/schema/parse.js';
export { readOfferTextInSlices } from '../src/schema/read-in-slices.js';

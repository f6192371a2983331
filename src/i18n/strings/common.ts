/**
 * Loading and load errors: every element, the provider included.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const COMMON_STRINGS = Object.freeze({
  loading: 'Loading the Local Offer…',
  errorHeading: 'Sorry, this Local Offer cannot be shown',
  errorNetwork: 'We could not reach the Local Offer. Check your internet connection and try again.',
  errorOffline: 'You seem to be offline. Connect to the internet and try again.',
  errorTimeout: 'The Local Offer took too long to load. Try again in a moment.',
  errorNotFound: 'The Local Offer file could not be found (error {status}).',
  errorHttp: 'The website holding the Local Offer had a problem (error {status}). Try again later.',
  errorNotJson: 'The Local Offer file is damaged, so it cannot be shown.',
  errorInvalid: 'The Local Offer file has mistakes, so it cannot be shown.',
  errorNoSource: 'No Local Offer was given to show. The website needs to set the "src" attribute or put the offer inside the element.',
  errorMissingCode: 'Part of the Local Offer tool on this website is missing, so the Local Offer cannot be shown.',
  errorDetailsSummary: 'Details for the website team',
  errorFetchDetails:
    "The browser could not fetch {url}. Check the address, that its server sends Access-Control-Allow-Origin (CORS), and that this page's Content-Security-Policy allows it in connect-src.",
  errorHttpDetails: '{url} answered with HTTP status {status}.',
  errorMissingCodeDetails:
    'The browser could not load {url}, which local-offer.js loads when it reads an offer. Copy the chunks folder that comes with local-offer.js to the same place as local-offer.js on your server.',
  errorRedirectDetails: '{url} redirects, and the browser gave up following it: a redirect loop, or too many redirects. Check where the address leads.',
  errorCorsDetails: '{url} answered, but its server does not let other websites read it: it must send Access-Control-Allow-Origin (CORS).',
  errorIssueCount: { one: '{count} problem found:', other: '{count} problems found:' },
  errorMoreIssues: { one: 'and {count} more problem', other: 'and {count} more problems' },
  retry: 'Try again',
  droppedSummary: {
    one: 'For the website team: {count} part of this Local Offer is not valid, so it is not shown',
    other: 'For the website team: {count} parts of this Local Offer are not valid, so they are not shown',
  },
}) satisfies Messages;

export type CommonKey = keyof typeof COMMON_STRINGS;

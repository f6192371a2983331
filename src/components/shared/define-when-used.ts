/**
 * Registers an element's code only when the page uses its tag, for the one-script bundle: most council
 * pages show a contact card only, and need not download the checklist or the finder. The code is loaded
 * as soon as the tag is in the document, now or later (a CMS adding a block with Ajax); until then the
 * page shows the tag's own content, as it does before any script runs (docs/no-javascript.md).
 *
 * A file that could not come because the connection was lost is asked for again, a few times and whenever
 * the browser is back online; a missing file (chunks/ not copied) is said in the console.
 *
 * A document observer cannot see inside shadow roots: a page that puts the tags there calls the returned
 * function (the bundle's `defineAllElements()`) to load them at once.
 */
import { loadCode, MissingCodeError } from '../../util/missing-code.js';

/** After a lost connection, the code is asked for again this long after each failure (and when the browser is back online). */
const RETRY_AFTER_MS = [5_000, 20_000, 60_000];

export function defineWhenUsed(tag: string, load: () => Promise<unknown>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  let failures = 0;
  const start = (): Promise<void> => {
    loading ??= loadCode(load).then(
      () => undefined,
      (error: unknown) => {
        // No element can say this, since the tag never becomes one: the console and the fallback content do.
        const failure = error instanceof MissingCodeError ? error.failure : 'missing';
        if (failure === 'missing') {
          console.error(
            `Local Offer Elements: the code for <${tag}> could not be loaded. Copy the chunks folder that comes with local-offer.js to the same place as local-offer.js.`,
            error,
          );
          return;
        }
        // A phone that lost its signal: the page's fallback shows meanwhile, and the code is asked for again.
        console.warn(`Local Offer Elements: the code for <${tag}> could not be loaded (${failure}); trying again.`, error);
        loading = undefined;
        const delay = RETRY_AFTER_MS[failures++];
        const again = () => {
          window.removeEventListener('online', again);
          clearTimeout(timer);
          void start();
        };
        window.addEventListener('online', again);
        const timer = delay === undefined ? undefined : setTimeout(again, delay);
      },
    );
    return loading;
  };
  if (typeof document === 'undefined' || customElements.get(tag)) return start;
  // A live collection: looking at its length after each batch of changes costs nothing however large they are.
  const found = document.getElementsByTagName(tag);
  if (found.length) {
    void start();
    return start;
  }
  const observer = new MutationObserver(() => {
    if (!found.length) return;
    observer.disconnect();
    void start();
  });
  observer.observe(document, { childList: true, subtree: true });
  return start;
}

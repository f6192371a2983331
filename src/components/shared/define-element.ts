import { ContextRoot } from '@lit/context';

let contextRootAttached = false;

/**
 * Registers a custom element unless its tag is taken. A taken tag usually means a second copy of the
 * library on the page (a CMS block and a theme both loading it): warn, keep the first, never throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // Elements may be registered one by one, in any order: a card defined before <local-offer> asks for the
  // offer before any provider exists, and the context root passes that request on when the provider comes.
  if (!contextRootAttached && typeof document !== 'undefined') {
    new ContextRoot().attach(document.documentElement);
    contextRootAttached = true;
  }
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already registered, probably by another copy of Local Offer Elements on this page; the first copy is used.`);
  }
}

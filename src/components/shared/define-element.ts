/**
 * Registers a custom element unless its tag is taken. A taken tag usually means a second copy of the
 * library on the page (a CMS block and a theme both loading it): warn, keep the first, never throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already registered, probably by another copy of Local Offer Elements on this page; the first copy is used.`);
  }
}

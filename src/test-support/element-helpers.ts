/** Helpers for element tests: what a user sees, read through shadow roots. */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** The address of an example offer on the test host; no extension, so the browser never caches it. */
export const offerUrl = (name: string) => `/__host__/offer/${name.replace(/\.json$/, '')}`;

/** Visible text of an element and its shadow tree, with white space collapsed. */
export function visibleText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.hidden || getComputedStyle(node).display === 'none')) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element in a tree, through shadow roots. */
export function allElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

export function shadow(element: Element, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function shadowAll(element: Element, selector: string): HTMLElement[] {
  return Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

/** Waits until an element is no longer loading (its own or its provider's offer). */
export async function untilSettled(element: Element, timeout = 5000): Promise<void> {
  await waitUntil(() => !/Loading/.test(visibleText(element)) && element.shadowRoot!.childElementCount > 0, 'element still loading', { timeout });
}

export async function requestCount(path: string): Promise<number> {
  return (await fetch(`/__host__/count/${path}`)).json();
}

export function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<unknown> {
  return executeServerCommand('emulate-media-features', features);
}

/**
 * Types text one key at a time. WebKit's WebDriver drops a key that repeats one typed just before it in a
 * single send ("CF24 4NP" arrives as "CF24 NP"), so tests type the way a person does, key by key.
 */
export async function typeText(text: string): Promise<void> {
  for (const key of text) await sendKeys({ press: key === ' ' ? ' ' : key });
}

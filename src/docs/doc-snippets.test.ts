/**
 * Every snippet of HTML, CSS and page script in README.md and docs/ is run here, as a reader would paste it
 * into a page: the HTML rendered with the real elements (the offers it names mapped to the example files),
 * the CSS applied, the scripts run. So the documentation cannot drift from what the library does.
 * Other snippets (commands, JSON, framework code, server settings) are run in test/node/doc-snippets.test.mjs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import { clearOfferCache } from '../context/offer-loader.js';
import { registerStrings } from '../i18n/localize.js';
import { allElements, visibleText } from '../test-support/element-helpers.js';

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

const { snippets, urls, scripts } = (await (await fetch('/__host__/doc-snippets')).json()) as {
  snippets: Snippet[];
  urls: Record<string, string>;
  scripts: string[];
};

const LIBRARY = /^(\/js\/local-offer\.js|local-offer-elements(\/define\.js|\/elements\/[\w-]+\.js)?)$/;
const where = (snippet: Snippet) => `${snippet.file}:${snippet.line}`;

/** The snippet's HTML with its offers pointing at the example files, and no script tags. */
function localHtml(snippet: Snippet): string {
  const template = document.createElement('template');
  template.innerHTML = snippet.code;
  for (const script of Array.from(template.content.querySelectorAll('script[src]'))) {
    expect(scripts, `${where(snippet)}: a script the tests do not know`).to.include(script.getAttribute('src'));
    script.remove();
  }
  for (const element of Array.from(template.content.querySelectorAll('*'))) {
    for (const name of ['src', 'directory', 'postcode-lookup']) {
      const value = element.getAttribute(name);
      if (value === null || !element.localName.startsWith('local-offer')) continue;
      expect(urls, `${where(snippet)}: ${name}="${value}" is not a file the tests can stand in for`).to.have.property(value);
      element.setAttribute(name, urls[value]!);
    }
  }
  const wrapper = document.createElement('div');
  wrapper.append(template.content);
  return wrapper.innerHTML;
}

describe('the HTML in the documentation', () => {
  beforeEach(() => {
    clearOfferCache();
    localStorage.clear();
  });

  for (const snippet of snippets.filter((s) => s.lang === 'html')) {
    it(`${where(snippet)} renders, loads its offers and passes axe`, async () => {
      const container = await fixture<HTMLElement>(html`<main></main>`);
      container.innerHTML = localHtml(snippet);
      const elements = allElements(container).filter((element) => element.localName.startsWith('local-offer'));
      for (const element of elements) expect(customElements.get(element.localName), `${where(snippet)}: <${element.localName}>`).to.exist;
      await waitUntil(() => elements.every((element) => element.shadowRoot && !/Loading/.test(visibleText(element))), `${where(snippet)}: still loading`, {
        timeout: 8000,
      });
      for (const element of elements) {
        expect(
          element.shadowRoot!.querySelector('[part="error"]'),
          `${where(snippet)}: <${element.localName}> shows an error: ${visibleText(element).slice(0, 200)}`,
        ).to.equal(null);
      }
      await expect(container).to.be.accessible();
    });
  }
});

/** Counts the rules at the top level of a stylesheet's text, so a rule the browser dropped is noticed. */
function topLevelRules(css: string): number {
  let depth = 0;
  let count = 0;
  for (const character of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (character === '{' && depth++ === 0) count++;
    if (character === '}') depth--;
  }
  return count;
}

describe('the CSS in the documentation', () => {
  const tokens = new Set<string>();
  before(async () => {
    // The custom properties the elements read, from their own styles.
    const { tokens: tokenStyles } = await import('../styles/tokens.js');
    for (const match of tokenStyles.cssText.matchAll(/var\((--local-offer-[\w-]+)/g)) tokens.add(match[1]!);
    for (const element of ['local-offer-contact', 'local-offer-checklist', 'local-offer-finder']) tokens.add(`--${element}-accent`);
  });

  for (const snippet of snippets.filter((s) => s.lang === 'css')) {
    it(`${where(snippet)} is accepted whole, and sets only custom properties the elements read`, () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(snippet.code);
      expect(sheet.cssRules.length, `${where(snippet)}: the browser dropped a rule`).to.equal(topLevelRules(snippet.code));
      for (const match of snippet.code.matchAll(/(--local-offer-[\w-]+)\s*:/g)) expect(tokens, `${where(snippet)}: ${match[1]}`).to.include(match[1]);
    });
  }
});

describe('the page scripts in the documentation', () => {
  afterEach(() => registerStrings({ ctaHeading: undefined as never, contactHeading: undefined as never }));

  const pageScripts = snippets.filter(
    (s) =>
      s.lang === 'js' &&
      [...s.code.matchAll(/from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)].every((m) =>
        LIBRARY.test(m[1] ?? m[2] ?? m[3]!),
      ) &&
      !/\bapp\.config\b|defineConfig/.test(s.code),
  );

  for (const snippet of pageScripts) {
    it(`${where(snippet)} runs on a page with the elements`, async () => {
      const container = await fixture<HTMLElement>(
        html`<div><local-offer src="/schema/examples/manchester.json"><local-offer-contact></local-offer-contact></local-offer></div>`,
      );
      const card = container.querySelector('local-offer-contact')!;
      await waitUntil(() => /Manchester/.test(visibleText(card)), 'card did not load');
      // The library, however the snippet names it, is this page's own copy.
      const bundle = new URL('/src/bundle.ts', location.href).href;
      const code = snippet.code.replace(
        /(['"])(\/js\/local-offer\.js|local-offer-elements(?:\/define\.js|\/elements\/[\w-]+\.js)?)\1/g,
        JSON.stringify(bundle),
      );
      const logged: unknown[] = [];
      const log = console.log;
      console.log = (...args: unknown[]) => logged.push(...args);
      try {
        await import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      } finally {
        console.log = log;
      }
      expect(
        logged.every((value) => value !== false),
        `${where(snippet)} logged ${JSON.stringify(logged)}`,
      ).to.equal(true);
      if (/registerStrings\(\{ ctaHeading/.test(snippet.code)) {
        await waitUntil(() => visibleText(card).includes('Lost touch with us? We can still help'), `${where(snippet)}: the words did not change`);
      }
      if (/\.strings = \{ contactHeading/.test(snippet.code)) expect(visibleText(card)).to.contain('Contact your team');
    });
  }
});

/**
 * The demo pages are also tests: each is loaded as a user would load it (the one-file bundle, real
 * files) in a frame, and checked for what it exists to show.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Monitor {
  cspViolations: string[];
  warnings: string[];
  errors: string[];
}

async function openPage(path: string, width = 900): Promise<{ frame: HTMLIFrameElement; doc: Document; monitor: Monitor }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return { frame, doc, monitor: (frame.contentWindow as unknown as { __pageMonitor: Monitor }).__pageMonitor };
}

const shadowText = (element: Element | null) => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function rendered(doc: Document, selector: string, text: string | RegExp): Promise<Element> {
  await waitUntil(
    () => {
      const element = doc.querySelector(selector);
      return element && (typeof text === 'string' ? shadowText(element).includes(text) : text.test(shadowText(element)));
    },
    `${selector} did not show ${text}`,
    { timeout: 10_000 },
  );
  return doc.querySelector(selector)!;
}

describe('demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('strict-csp.html: every element works with no Content-Security-Policy violation', async () => {
    const { doc, monitor } = await openPage('/demo/strict-csp.html');
    await rendered(doc, 'local-offer-contact', 'Leaving Care Team');
    await rendered(doc, 'local-offer-checklist', /\d+ of \d+ ticked/);
    const finder = await rendered(doc, 'local-offer-finder', 'Where do you live?');
    expect(finder.shadowRoot!.querySelector('#postcode')).to.exist;
    expect(monitor.cspViolations).to.deep.equal([]);
    expect(monitor.errors).to.deep.equal([]);
  });

  it('two-copies.html: the second copy warns instead of throwing, and the card renders', async () => {
    const { doc, monitor } = await openPage('/demo/two-copies.html');
    await rendered(doc, 'local-offer-contact', 'Manchester City Council');
    await waitUntil(() => monitor.warnings.some((w) => w.includes('already registered')), 'no warning from the second copy');
    // The script registers the provider and the card at once; the checklist and finder only when used (not here).
    const warned = monitor.warnings.filter((w) => w.includes('already registered'));
    expect(warned.some((w) => w.startsWith('<local-offer> '))).to.equal(true);
    expect(warned.some((w) => w.startsWith('<local-offer-contact> '))).to.equal(true);
    expect(monitor.errors).to.deep.equal([]);
  });

  it("hostile-css.html: the page's resets, root font and !important links do not reach the card", async () => {
    const { doc, frame, monitor } = await openPage('/demo/hostile-css.html');
    const card = await rendered(doc, 'local-offer-contact', 'Leaving Care Team');
    const view = frame.contentWindow!;
    expect(parseFloat(view.getComputedStyle(card).fontSize)).to.be.at.least(16);
    const link = card.shadowRoot!.querySelector<HTMLElement>('[part="phone-link"]')!;
    expect(view.getComputedStyle(link).color).to.equal('rgb(29, 112, 184)');
    expect(view.getComputedStyle(link).textDecorationLine).to.equal('underline');
    const box = card.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
    expect(view.getComputedStyle(box).boxSizing).to.equal('border-box');
    link.focus();
    expect(view.getComputedStyle(link).backgroundColor).to.equal('rgb(255, 221, 0)');
    expect(monitor.errors).to.deep.equal([]);
  });

  it('every element reflows at 320 CSS pixels, in a frame that narrow, without sideways scrolling', async () => {
    const { doc, frame } = await openPage('/demo/shared-provider.html?lo-place=E07000170&lo-age=20&lo-situation=left-care-16-17', 320);
    for (const [selector, text] of [
      ['local-offer-contact', 'Leaving Care Team'],
      ['local-offer-checklist', 'ticked'],
      ['local-offer-finder', 'You live in Ashfield'],
    ]) {
      const element = await rendered(doc, selector!, text!);
      const right = element.getBoundingClientRect().right;
      expect(right, selector).to.be.at.most(320);
      for (const inner of Array.from(element.shadowRoot!.querySelectorAll('*'))) {
        if (inner.closest('[hidden]') || inner.matches('.visually-hidden, .visually-hidden *')) continue;
        expect(inner.getBoundingClientRect().right, `${selector}: ${inner.outerHTML.slice(0, 80)}`).to.be.at.most(right + 0.5);
      }
    }
    expect(doc.documentElement.scrollWidth).to.be.at.most(frame.clientWidth);
  });

  it('index.html reflows at 320 CSS pixels too, where the page puts the checklists in a grid', async () => {
    // A grid item is as wide as its content's narrowest width: a select sized by its longest option once
    // made this page scroll sideways.
    const { doc, frame } = await openPage('/demo/index.html', 320);
    await rendered(doc, 'local-offer-checklist', 'ticked');
    await rendered(doc, 'local-offer-contact', 'Leaving Care Team');
    expect(doc.documentElement.scrollWidth).to.be.at.most(frame.clientWidth);
  });

  it('compare.html: the one script tag loads the comparison when its tag is used, under a strict CSP', async () => {
    const { doc, monitor } = await openPage('/demo/compare.html');
    const compare = await rendered(doc, 'local-offer-compare', 'Setting-up-home allowance');
    expect(shadowText(compare)).to.contain('£500 more than the government recommends');
    expect(monitor.cspViolations).to.deep.equal([]);
    expect(monitor.errors).to.deep.equal([]);
  });

  it('coverage.html: the one script tag loads the map and its hexagons when its tag is used, under a strict CSP', async () => {
    const { doc, monitor } = await openPage('/demo/coverage.html');
    const coverage = await rendered(doc, 'local-offer-coverage', 'Publishes its own offer');
    expect(coverage.shadowRoot!.querySelectorAll('[part="hex"]')).to.have.length(296);
    expect(monitor.cspViolations).to.deep.equal([]);
    expect(monitor.errors).to.deep.equal([]);
  });

  for (const [path, tag, text] of [
    ['/demo/compare.html', 'local-offer-compare', 'Setting-up-home allowance'],
    ['/demo/coverage.html', 'local-offer-coverage', 'Publishes its own offer'],
  ] as const) {
    it(`${path.slice(6)} reflows at 320 CSS pixels: cards instead of a wide table, without sideways scrolling`, async () => {
      const { doc, frame } = await openPage(path, 320);
      const element = await rendered(doc, tag, text);
      expect(element.getBoundingClientRect().right).to.be.at.most(320);
      expect(doc.documentElement.scrollWidth).to.be.at.most(frame.clientWidth);
    });
  }

  it('shared-provider.html: one provider feeds the contact card, the checklist and the finder', async () => {
    const { doc, monitor } = await openPage('/demo/shared-provider.html?lo-place=E07000170&lo-age=20&lo-situation=left-care-16-17');
    await rendered(doc, 'local-offer-contact', 'Nottinghamshire County Council');
    await rendered(doc, 'local-offer-checklist', 'Nottinghamshire Local Offer');
    await rendered(doc, 'local-offer-finder', 'You live in Ashfield');
    expect(monitor.errors).to.deep.equal([]);
  });
});

/** Runs axe-core on a whole demo page, inside its frame, as an auditor would: landmarks, target sizes and all. */
async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const view = frame.contentWindow as unknown as {
    axe?: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  };
  if (!view.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const result = await view.axe!.run(frame.contentDocument!, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('demo pages, audited whole with axe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [path, ready] of [
    ['/demo/council.html', ['local-offer-contact', 'Leaving Care Team']],
    ['/demo/hostile-css.html', ['local-offer-contact', 'Leaving Care Team']],
    ['/demo/index.html', ['local-offer-checklist', 'ticked']],
    ['/demo/finder.html?lo-place=E07000170&lo-age=19&lo-situation=left-care-16-17', ['local-offer-finder', 'You live in Ashfield']],
    ['/demo/compare.html', ['local-offer-compare', 'Setting-up-home allowance']],
    ['/demo/coverage.html', ['local-offer-coverage', 'Publishes its own offer']],
  ] as const) {
    for (const width of [360, 900]) {
      it(`${path.split('?')[0]} at ${width} px`, async () => {
        const { doc, frame } = await openPage(path, width);
        await rendered(doc, ready[0], ready[1]);
        expect(await axeViolations(frame)).to.deep.equal([]);
      });
    }
  }
});

describe('publish.html, the publisher playground', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists every issue with its line and pointer, and previews a valid offer in the three elements', async () => {
    const { doc, frame } = await openPage('/demo/publish.html');
    const source = doc.getElementById('source') as HTMLTextAreaElement;
    const type = (text: string) => {
      source.value = text;
      source.dispatchEvent(new (frame.contentWindow as unknown as typeof globalThis).Event('input'));
    };
    type('{\n  "schemaVersion": "1.0",\n  "id": "Not A Slug",\n  "lastReviewed": "2026-02-30"\n}');
    await waitUntil(() => doc.getElementById('summary')!.textContent!.includes('error'), 'no summary');
    const issues = Array.from(doc.querySelectorAll('#issue-list li')).map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(issues).to.include('Error line 3, column 9 /id "id" must be a lower-case slug such as "council-tax-discount"');
    expect(issues.some((i) => i.startsWith('Error line 4, column 19 /lastReviewed'))).to.equal(true);
    (doc.querySelector('#issue-list button') as HTMLButtonElement).click();
    expect(source.selectionStart).to.equal(source.value.indexOf('"Not A Slug"'));

    doc.getElementById('load-example')!.click();
    await waitUntil(() => doc.getElementById('summary')!.textContent === 'This offer is valid.', 'example not valid');
    await rendered(doc, 'local-offer-contact', 'Manchester City Council');
    await rendered(doc, 'local-offer-checklist', 'What you can get');
    await rendered(doc, 'local-offer-finder', 'Where do you live?');
  });
});

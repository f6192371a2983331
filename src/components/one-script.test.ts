/**
 * The one script tag, dist/local-offer.js, as a website uses it: a page with only a contact card does not
 * download the checklist or the finder; a tag added later is registered when it appears; and a website
 * that copied the script without the chunks/ folder beside it is told so, in words its team can act on,
 * instead of blaming the young person's connection.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../test-support/element-helpers.js';

/** A page in a frame, with the script from `script` and `body` as its content. */
async function page(script: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en-GB"><body><script type="module" src="${script}"></script>${body}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements.get('local-offer-contact'), 'the script did not run', { timeout: 8000 });
  return frame;
}

const chunksLoaded = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/chunks/'))
    .map((name) => name.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));

describe('the one script tag', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads only what a contact card needs, and the finder when a finder is added later', async () => {
    const frame = await page('/dist/local-offer.js', '<local-offer-contact src="/schema/examples/nottinghamshire.json"></local-offer-contact>');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('local-offer-contact')!.shadowRoot?.querySelector('[part="contact-name"]'), 'no contact shown', { timeout: 8000 });
    expect(chunksLoaded(frame).sort(), "the reader and the card's view only").to.deep.equal(['contact-card-view', 'quick-read']);
    expect(frame.contentWindow!.customElements.get('local-offer-finder')).to.equal(undefined);
    // A CMS adds a block with a finder after the page has loaded.
    const block = doc.createElement('div');
    block.innerHTML = '<local-offer-finder directory="/schema/examples/directory.json"></local-offer-finder>';
    doc.body.append(block);
    await waitUntil(() => frame.contentWindow!.customElements.get('local-offer-finder'), 'the finder was not registered', { timeout: 8000 });
    await waitUntil(() => block.querySelector('local-offer-finder')!.shadowRoot?.querySelector('local-offer-council-picker'), 'the finder did not render');
    expect(chunksLoaded(frame)).to.include('local-offer-finder');
    expect(chunksLoaded(frame), 'nor the checklist, which the page does not use').not.to.include('local-offer-checklist');
  });

  it('registers the checklist at once when the page has one, and everything on request', async () => {
    const frame = await page('/dist/local-offer.js', '<local-offer-checklist src="/schema/examples/nottinghamshire.json" age="20"></local-offer-checklist>');
    await waitUntil(() => frame.contentWindow!.customElements.get('local-offer-checklist'), 'the checklist was not registered', { timeout: 8000 });
    expect(frame.contentWindow!.customElements.get('local-offer-finder')).to.equal(undefined);
    // For tags the script cannot see arrive, such as inside a shadow root.
    const script = (await (frame.contentWindow as unknown as { eval: (code: string) => Promise<{ defineAllElements: () => Promise<void> }> }).eval(
      "import('/dist/local-offer.js')",
    )) as { defineAllElements: () => Promise<void> };
    await script.defineAllElements();
    expect(!!frame.contentWindow!.customElements.get('local-offer-finder')).to.equal(true);
  });

  it('says a part of the tool is missing, and which folder to copy, when chunks/ is not beside it', async () => {
    const frame = await page(
      '/__host__/script-alone/local-offer.js',
      '<local-offer-contact src="/schema/examples/nottinghamshire.json"></local-offer-contact>',
    );
    const error = () => frame.contentDocument?.querySelector('local-offer-contact')?.shadowRoot?.querySelector('[part="error"]');
    await waitUntil(error, 'the card showed no error', { timeout: 8000 });
    const shown = error()!;
    expect(visibleText(shown)).to.contain('Part of the Local Offer tool on this website is missing');
    expect(visibleText(shown)).not.to.contain('internet connection');
    const details = shown.querySelector('[part="error-details"]')!;
    expect(details.textContent).to.contain('Copy the chunks folder that comes with local-offer.js');
    // Chromium and Firefox name the file; WebKit's message does not.
    if (!navigator.userAgent.includes('AppleWebKit') || navigator.userAgent.includes('Chrome')) {
      expect(details.textContent).to.match(/script-alone\/chunks\/(quick-read|contact-card-view)-[\w-]+\.js/);
    }
    expect(shown.querySelector('[part="retry-button"]'), 'copying the folder is the fix, not trying again').to.equal(null);
  });
});

/**
 * A website that copied dist/local-offer.js without the chunks/ folder beside it: the elements say so, in
 * words the website team can act on, instead of blaming the young person's connection.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../test-support/element-helpers.js';

describe('the one script without its chunks/ folder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('says a part of the tool is missing and which file to copy, with no Try again', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body>
      <script type="module" src="/__host__/script-alone/local-offer.js"></script>
      <local-offer-contact src="/schema/examples/nottinghamshire.json"></local-offer-contact></body></html>`;
    document.body.append(frame);
    const error = () => frame.contentDocument?.querySelector('local-offer-contact')?.shadowRoot?.querySelector('[part="error"]');
    await waitUntil(error, 'the card showed no error', { timeout: 8000 });
    const shown = error()!;
    expect(visibleText(shown)).to.contain('Part of the Local Offer tool on this website is missing');
    expect(visibleText(shown)).not.to.contain('internet connection');
    const details = shown.querySelector('[part="error-details"]')!;
    expect(details.textContent).to.contain('Copy the chunks folder that comes with local-offer.js');
    // Chromium and Firefox name the file; WebKit's message does not.
    if (!navigator.userAgent.includes('AppleWebKit') || navigator.userAgent.includes('Chrome')) {
      expect(details.textContent).to.match(/script-alone\/chunks\/quick-read-[\w-]+\.js/);
    }
    expect(shown.querySelector('[part="retry-button"]'), 'copying the folder is the fix, not trying again').to.equal(null);
  });
});

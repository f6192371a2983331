/**
 * The finder's questions need England's council list, which comes in a file of its own as the finder
 * arrives. On a fresh page (a frame, with its own modules) the finder says the questions are loading, then
 * shows them, and only then reads a link's answers, checking its codes against the list; a website missing
 * that file is told so, and its fallback content shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LocalOfferFinderElement } from './local-offer-finder.js';
import { visibleText } from '../../test-support/element-helpers.js';

/**
 * A page of its own at `search`, with the finder's module, then `body`; `imports` is an import map; `errors`
 * collects error events' kinds; `prepare` changes the page's window before the module runs; `tagFirst` puts
 * `body` in the page before the module, as a council's page has it.
 */
async function freshPage(
  search: string,
  body: string,
  imports: Record<string, string> = {},
  errors: string[] = [],
  prepare: (view: Window) => void = () => {},
  tagFirst = false,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/__host__/status/200${search}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  prepare(frame.contentWindow!);
  doc.documentElement.lang = 'en-GB';
  const map = doc.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({ imports });
  doc.head.append(map);
  if (tagFirst) doc.body.innerHTML = body;
  doc.addEventListener('local-offer-error', (event) => errors.push((event as Event & { error: { kind: string } }).error.kind));
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/src/components/local-offer-finder/define.ts';
  doc.head.append(script);
  await waitUntil(() => frame.contentWindow!.customElements.get('local-offer-finder'), 'the finder was not registered', { timeout: 8000 });
  // Added once the finder is registered, so a test sees its first render: the questions are asked for
  // when it connects, and cannot be here before that render, which needs no request.
  if (!tagFirst) doc.body.innerHTML = body;
  return frame;
}

const finderIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('local-offer-finder') as LocalOfferFinderElement;
const inside = (el: LocalOfferFinderElement, selector: string) => el.shadowRoot!.querySelector(selector);

describe('<local-offer-finder> on a fresh page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('says the questions are loading, then shows them and the place and age a link names', async () => {
    const frame = await freshPage('?lo-place=E07000170&lo-age=20', '<local-offer-finder directory="/schema/examples/directory.json"></local-offer-finder>');
    const el = finderIn(frame);
    await el.updateComplete;
    // The first render cannot have the council list: it comes by import(), after at least one request.
    expect(inside(el, '[role="status"]')?.textContent).to.equal('Loading the questions…');
    expect(inside(el, '[part="heading"]')?.textContent).to.equal('Find your Local Offer');
    expect(inside(el, '[part="form"]')).to.equal(null);

    await waitUntil(() => inside(el, '[part="count"]'), 'no results for the place in the link', { timeout: 8000 });
    expect(visibleText(inside(el, '[part="answers"]')!)).to.contain('Ashfield');
    expect((inside(el, '#age') as HTMLInputElement).value).to.equal('20');
    expect(frame.contentWindow!.customElements.get('local-offer-council-picker'), 'the picker comes with the questions').not.to.equal(undefined);
    expect(frame.contentWindow!.location.search, 'the link is left as it was').to.equal('?lo-place=E07000170&lo-age=20');
  });

  it('shows the questions and the link’s place when the tag is in the page before the script, as on a council’s page', async () => {
    const frame = await freshPage(
      '?lo-place=E07000170&lo-age=20',
      '<local-offer-finder directory="/schema/examples/directory.json"></local-offer-finder>',
      {},
      [],
      () => {},
      true,
    );
    const el = finderIn(frame);
    await waitUntil(() => inside(el, '[part="count"]'), 'no results for the place in the link', { timeout: 8000 });
    expect(visibleText(inside(el, '[part="answers"]')!)).to.contain('Ashfield');
    expect((inside(el, '#age') as HTMLInputElement).value).to.equal('20');
  });

  it('checks a link’s council code against the list once it is here', async () => {
    const frame = await freshPage('?lo-place=E06999999', '<local-offer-finder directory="/schema/examples/directory.json"></local-offer-finder>');
    const el = finderIn(frame);
    await waitUntil(() => inside(el, '[part="unknown-place"]'), 'no word about the unknown code', { timeout: 8000 });
    expect(visibleText(inside(el, '[part="unknown-place"]')!)).to.contain("We don't know the council in this link (E06999999)");
    expect(inside(el, '[part="count"]'), 'no results for a made-up place').to.equal(null);
  });

  it('says a part of the tool is missing when the questions cannot be loaded, and shows the page’s fallback', async () => {
    const errors: string[] = [];
    const frame = await freshPage(
      '',
      '<local-offer-finder directory="/schema/examples/directory.json"><a href="/care-leavers">Our Local Offer</a></local-offer-finder>',
      // As a website serves it without the file: the questions' module answers 404 (the test server asks
      // for modules by their .ts names).
      { '/src/components/local-offer-finder/finder-questions-chunk.ts': '/__host__/status/404' },
      errors,
    );
    const el = finderIn(frame);
    await waitUntil(() => inside(el, '[part="error"]'), 'no error shown', { timeout: 8000 });
    expect(visibleText(inside(el, '[part="error"]')!)).to.contain('Part of the Local Offer tool on this website is missing');
    expect(inside(el, '[part="retry-button"]'), 'copying the file is the fix, not trying again').to.equal(null);
    const slot = inside(el, 'slot') as HTMLSlotElement;
    expect(slot.assignedElements()[0]?.textContent, 'the fallback link shows').to.equal('Our Local Offer');
    expect(errors).to.deep.equal(['missing-code']);
  });

  it('says the device is offline when the questions could not come then, with Try again', async () => {
    const frame = await freshPage(
      '',
      '<local-offer-finder directory="/schema/examples/directory.json"></local-offer-finder>',
      { '/src/components/local-offer-finder/finder-questions-chunk.ts': '/__host__/status/404' },
      [],
      (view) => Object.defineProperty(view.navigator, 'onLine', { configurable: true, get: () => false }),
    );
    const el = finderIn(frame);
    await waitUntil(() => inside(el, '[part="error"]'), 'no error shown', { timeout: 8000 });
    expect(visibleText(inside(el, '[part="error"]')!)).to.contain('You seem to be offline');
    (inside(el, '[part="retry-button"]') as HTMLButtonElement).click();
    // Still offline (and still missing here): it says so again, and nothing breaks.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(visibleText(inside(el, '[part="error"]')!)).to.contain('You seem to be offline');
  });
});

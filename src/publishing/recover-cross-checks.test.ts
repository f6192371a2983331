import { expect } from '@open-wc/testing';
import { parseDirectory, parseOffer } from '../schema/parse.js';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { crossChecksDespiteErrors } from './recover-cross-checks.js';

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  summary: 's',
  area: 'relationships',
  basis: 'discretionary',
  providerId: 'notts',
  ...extra,
});

/** The cross-check issues found despite the schema errors, as [path, message]; asserts the schema did fail. */
function found(document: Record<string, any>) {
  const strict = parseOffer(document);
  expect(strict.ok, 'the file stays invalid').to.equal(false);
  const more = crossChecksDespiteErrors('offer', document, strict.issues);
  for (const issue of more)
    expect(
      strict.issues.some((s) => s.path === issue.path && s.message === issue.message),
      `reported twice: ${issue.message}`,
    ).to.equal(false);
  return more.map((issue) => [issue.path, issue.message]);
}

describe('cross-checks of a file with schema errors', () => {
  it('finds broken references in the valid items, numbered as in the file, beside schema errors elsewhere', () => {
    const offer = minimalOffer();
    offer.entitlements.push(item('bad-area', { area: 'nowhere' }), item('dangling', { providerId: 'nobody' }), item('free-coffee'));
    expect(found(offer)).to.have.deep.members([
      ['/entitlements/3/providerId', '"providerId" "nobody" does not match the id of any provider in "providers"'],
      ['/entitlements/4/id', '"id" "free-coffee" is used twice in "entitlements" (first at /entitlements/1); ids must be unique'],
    ]);
  });

  it('numbers the pointers inside messages as in the file, when an earlier item was left out', () => {
    const offer = minimalOffer();
    offer.entitlements.unshift(item('bad-area', { area: 'nowhere' }));
    offer.entitlements.push(item('setting-up-home'));
    expect(found(offer)).to.deep.equal([
      ['/entitlements/3/id', '"id" "setting-up-home" is used twice in "entitlements" (first at /entitlements/1); ids must be unique'],
    ]);
  });

  it('sets aside a bad property outside the lists, and says nothing that depends on it', () => {
    const offer = minimalOffer();
    offer.lastReviewed = '01/09/2026';
    offer.nextReviewDue = '2020-01-01';
    offer.entitlements[1].contactId = 'nobody';
    expect(found(offer)).to.deep.equal([['/entitlements/1/contactId', '"contactId" "nobody" does not match the id of any contact in "contacts"']]);
  });

  it('does not blame an id for pointing at a part left out for its own error', () => {
    const offer = minimalOffer();
    offer.providers[0].kind = 'wizard';
    expect(found(offer), 'items of the provider "notts" are not dangling').to.deep.equal([]);
  });

  it('does not repeat a problem as its consequence: a contact whose only way in is a bad website', () => {
    const offer = minimalOffer();
    offer.contacts[0].phone = undefined;
    offer.contacts[0].website = 'data:text/html,hi';
    expect(found(JSON.parse(JSON.stringify(offer)))).to.deep.equal([]);
  });

  it('gives up quietly on a file it cannot read as the elements do', () => {
    const offer = minimalOffer();
    offer.schemaVersion = '9.0';
    expect(found(offer)).to.deep.equal([]);
    expect(crossChecksDespiteErrors('offer', [1, 2], parseOffer([1, 2]).issues)).to.deep.equal([]);
  });

  it('checks directories too', () => {
    const directory = {
      schemaVersion: '1.0',
      id: 'england',
      title: 'England',
      lastUpdated: '2026-10-01',
      offers: [
        { councilCode: 'E08000003', name: 'Manchester', url: 'javascript:alert(1)' },
        { councilCode: 'E09000028', name: 'Southwark', url: 'southwark.json' },
        { councilCode: 'E09000028', name: 'Southwark again', url: 'other.json' },
      ],
    };
    const strict = parseDirectory(directory);
    expect(strict.ok).to.equal(false);
    expect(crossChecksDespiteErrors('directory', directory, strict.issues).map((issue) => [issue.path, issue.message])).to.deep.equal([
      ['/offers/2/councilCode', '"councilCode" E09000028 is listed twice; list each council\'s offer once'],
    ]);
  });
});

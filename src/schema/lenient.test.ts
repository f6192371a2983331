import { expect } from '@open-wc/testing';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { parseDirectory, parseOffer, readDirectory, readOffer } from './parse.js';
import { AREAS } from './vocabularies.js';

function withBadParts(): Record<string, any> {
  const offer = minimalOffer();
  offer.entitlements.push(
    { id: 'bad-area', title: 'Bad area', summary: 's', area: 'nowhere', basis: 'discretionary', providerId: 'notts' },
    {
      id: 'bad-link',
      title: 'One bad link',
      summary: 's',
      area: 'relationships',
      basis: 'discretionary',
      providerId: 'notts',
      links: [
        { title: 'Good', url: 'https://example.org/good' },
        { title: 'Bad', url: 'javascript:alert(1)' },
      ],
    },
    { id: 'no-provider', title: 'Nobody gives it', summary: 's', area: 'relationships', basis: 'discretionary', providerId: 'nobody' },
  );
  offer.contacts.push({ id: 'bad-site', name: 'Advocacy', role: 'advocacy', phone: '0115 496 0999', website: 'data:text/html,hi' });
  return offer;
}

describe('reading an offer as the elements do', () => {
  it('keeps every valid part, leaves out bad items and bad optional parts, and says where, as numbered in the file', () => {
    const strict = parseOffer(withBadParts());
    expect(strict.ok, 'the command line stays strict').to.equal(false);
    const result = readOffer(withBadParts());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.entitlements.map((e) => e.id)).to.deep.equal(['setting-up-home', 'free-coffee', 'bad-link']);
    expect(result.value.entitlements[2]!.links, 'only the bad link goes').to.deep.equal([{ title: 'Good', url: 'https://example.org/good' }]);
    expect(result.value.contacts.map((c) => c.id)).to.deep.equal(['team', 'bad-site']);
    expect(result.value.contacts[1]!.website, 'the bad website goes; the phone stays').to.equal(undefined);
    expect(result.value.contacts[1]!.phone).to.equal('0115 496 0999');
    expect(result.dropped!.map((part) => part.path)).to.have.members(['/entitlements/2', '/entitlements/3/links/1', '/entitlements/4', '/contacts/1/website']);
    const issues = result.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path);
    expect(issues).to.include.members(['/entitlements/2', '/entitlements/4', '/contacts/1/website']);
  });

  it('names each part left out by its pointer, counting from 0 as pointers do, and says why', () => {
    const url = 'must be a web address starting https:// or http://, or a tel:, mailto: or sms: link';
    expect(readOffer(withBadParts()).dropped!.map((part) => part.message)).to.include.members([
      `Left out /entitlements/3/links/1: "url" ${url}`,
      `Left out /contacts/1/website: "website" ${url}`,
      'Left out /entitlements/4: "providerId" "nobody" does not match the id of any provider in "providers"',
    ]);
  });

  it('numbers pointers inside a message as in the file, after an earlier item was left out', () => {
    const offer = minimalOffer();
    const twin = { ...offer.entitlements[1] };
    offer.entitlements.unshift({ ...twin, id: 'bad-area', area: 'nowhere' });
    offer.entitlements.push(twin);
    const result = readOffer(offer);
    expect(result.dropped!.map((part) => [part.path, part.message])).to.deep.equal([
      ['/entitlements/0', 'Left out /entitlements/0: "area" must be one of: ' + JSON.stringify(AREAS).slice(1, -1).replace(/,/g, ', ')],
      ['/entitlements/3', 'Left out /entitlements/3: "id" "free-coffee" is used twice in "entitlements" (first at /entitlements/2); ids must be unique'],
    ]);
    expect(result.dropped![1]!.cause).to.deep.equal({
      path: '/entitlements/3/id',
      message: '"id" "free-coffee" is used twice in "entitlements" (first at /entitlements/2); ids must be unique',
      severity: 'error',
    });
  });

  it('names an item of a list by its pointer in messages, never "item 2" for /…/1', () => {
    const offer = minimalOffer();
    offer.entitlements[1].tags = ['fine', ''];
    expect(parseOffer(offer).issues.map((issue) => issue.message)).to.deep.equal(['The item at /entitlements/1/tags/1 must not be empty']);
  });

  it('never drops eligibility: an item whose rules are wrong is left out, not shown to everyone', () => {
    const offer = minimalOffer();
    offer.entitlements[0].eligibility = { statuses: ['former-relevant'], minAge: 'eighteen' };
    const result = readOffer(offer);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.entitlements.map((e) => e.id)).to.deep.equal(['free-coffee']);
  });

  it('still refuses a file that is wrong outside its lists, or is not an offer at all', () => {
    const offer = minimalOffer();
    offer.lastReviewed = 'yesterday';
    expect(readOffer(offer).ok).to.equal(false);
    expect(readOffer({ hello: 'world' }).ok).to.equal(false);
    expect(readOffer([1, 2, 3]).ok).to.equal(false);
  });
});

describe('reading a directory as the finder does', () => {
  const directory = (offers: unknown[]) => ({ schemaVersion: '1.0', id: 'england', title: 'England', lastUpdated: '2026-10-01', offers });

  it('leaves out a bad listing and a second listing of the same council, and keeps the rest', () => {
    const result = readDirectory(
      directory([
        { councilCode: 'E08000003', name: 'Manchester', url: 'javascript:alert(1)' },
        { councilCode: 'E09000028', name: 'Southwark', url: 'southwark.json' },
        { councilCode: 'E09000028', name: 'Southwark again', url: 'other.json' },
      ]),
    );
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.offers.map((o) => o.name)).to.deep.equal(['Southwark']);
    expect(result.dropped!.map((part) => part.path)).to.deep.equal(['/offers/0', '/offers/2']);
  });

  it('keeps the first thousand listings of a longer directory, and says so', () => {
    const offers = Array.from({ length: 1200 }, (_, i) => ({ councilCode: `E06${String(i).padStart(6, '0')}`, name: `Council ${i}`, url: `${i}.json` }));
    const result = readDirectory(directory(offers));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.offers).to.have.length(1000);
    expect(result.dropped![0]!.message).to.equal('Left out the 200 items of "offers" after the first 1000');
    expect(parseDirectory(directory(offers)).ok, 'the command line stays strict').to.equal(false);
  });

  it('warns about one file listed under two councils', () => {
    const result = parseDirectory(
      directory([
        { councilCode: 'E09000022', name: 'Lambeth', url: 'southwark.json' },
        { councilCode: 'E09000028', name: 'Southwark', url: 'southwark.json' },
      ]),
    );
    expect(result.issues.map((issue) => [issue.path, issue.severity])).to.deep.equal([['/offers/1/url', 'warning']]);
  });
});

describe('messages for input that cannot be read', () => {
  it('says "The offer could not be read", not "The an offer"', () => {
    const offer = minimalOffer();
    Object.defineProperty(offer, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseOffer(offer);
    expect(result.ok).to.equal(false);
    expect(result.issues[0]!.message).to.equal('The offer could not be read: boom');
  });

  it('calls 1e309 a number too large to read, not "a number, not a number"', () => {
    const result = parseOffer(JSON.parse(JSON.stringify(minimalOffer()).replace('"amountPence":300000', '"amountPence":1e309')));
    const issue = [...result.issues].find((i) => i.path.endsWith('/amountPence'));
    expect(issue?.message).to.equal('"amountPence" must be a number, not a number too large to read');
  });
});

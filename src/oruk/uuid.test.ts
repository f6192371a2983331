import { expect } from '@open-wc/testing';
import { nameUuid, recordIds } from './uuid.js';

const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

/** The same UUID made with the browser's own SHA-1, to check ours against. */
async function referenceUuid(name: string, namespace: string): Promise<string> {
  const nameBytes = new TextEncoder().encode(name);
  const namespaceBytes = Uint8Array.from(namespace.replace(/-/g, '').match(/../g)!, (hex) => parseInt(hex, 16));
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(namespaceBytes);
  input.set(nameBytes, 16);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('oruk uuid: version 5 name-based UUIDs', () => {
  it('gives the published values (Python: uuid.uuid5)', () => {
    expect(nameUuid('python.org', DNS_NAMESPACE)).to.equal('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Our namespace is itself the version 5 UUID of the package's address in the URL namespace.
    expect(nameUuid('https://unpkg.com/local-offer-elements/', URL_NAMESPACE)).to.equal('f20fcbb5-5f1a-53bb-b5f9-e7e43a1f8f84');
    expect(nameUuid('southwark/entitlement/council-tax')).to.equal('e3412e37-ccec-5dd7-8a01-bd05bf047ece');
    expect(nameUuid('é'.repeat(40)), 'names are UTF-8').to.equal('bea13843-98a3-5027-88d2-3b5b28a20af9');
  });

  it('agrees with the browser SHA-1 for names of every length around the block boundaries', async () => {
    for (let length = 0; length <= 140; length++) {
      const name = Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
      expect(nameUuid(name, DNS_NAMESPACE), `length ${length}`).to.equal(await referenceUuid(name, DNS_NAMESPACE));
    }
  });

  it('sets the version and variant bits', () => {
    for (const name of ['a', 'b', 'offer/contact/team'])
      expect(nameUuid(name)).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes record ids from the offer id, kind and key: the same every time, different for each', () => {
    const ids = recordIds('southwark');
    expect(ids('entitlement', 'council-tax')).to.equal(nameUuid('southwark/entitlement/council-tax'));
    expect(ids('entitlement', 'council-tax')).to.equal(recordIds('southwark')('entitlement', 'council-tax'));
    expect(ids('contact', 'council-tax')).not.to.equal(ids('entitlement', 'council-tax'));
    expect(recordIds('manchester')('entitlement', 'council-tax')).not.to.equal(ids('entitlement', 'council-tax'));
  });
});

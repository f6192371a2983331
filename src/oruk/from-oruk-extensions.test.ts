import { expect } from '@open-wc/testing';
import { looksLikeHtml } from '../text/looks-like-html.js';
import { fromOruk } from './from-oruk.js';

const MARKUP_ONLY = 'no text once its markup is removed';

/** Every string in a value, with where it is. */
function* stringsIn(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, `${path}/${i}`);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, `${path}/${key}`);
}

describe('oruk fromOruk: markup in our own extensions never reaches the offer', () => {
  /** An export of ours, edited by hand: markup in every text our extensions carry. */
  const edited = {
    contents: [
      {
        name: 'Bursary',
        status: 'active',
        description: 'Money for your course.',
        organization: {
          id: 'org-1',
          name: '<b>Youth</b> Trust',
          contacts: [{ phones: [{ number: '0117 496 0900' }] }],
        },
        attributes: [
          { taxonomy_term: { taxonomy: 'local-offer-elements:tag', code: '<i>Bus</i> pass' } },
          { taxonomy_term: { taxonomy: 'local-offer-elements:tag', code: '<b></b>' } },
        ],
        contacts: [
          {
            name: 'Team',
            phones: [{ number: '0117 496 0100' }],
            local_offer_elements: {
              id: 'team',
              role: 'other',
              notes: '<script>alert(1)</script><b>Text</b> us first.',
              languages: ['<b>English</b>', '<i></i>'],
            },
          },
          {
            name: 'Office',
            local_offer_elements: {
              id: 'office',
              role: 'other',
              notes: '<p></p>',
              openingHours: { monday: [{ opens: '09:00', closes: '17:00' }], note: '<b>Not</b> on Fridays' },
              address: { lines: ['<b>City Hall</b>', 'Bristol'], postcode: 'BS1 5TR' },
            },
          },
        ],
        local_offer_elements: {
          id: 'bursary',
          providerId: 'youth-trust',
          links: [{ title: '<b>Apply</b> now', url: 'https://example.org/apply' }],
          value: { amountPence: 200000, description: '<i>Paid</i> in parts' },
        },
      },
    ],
    local_offer_elements: {
      schemaVersion: '1.0',
      offer: {
        id: 'edited',
        title: '<h1>Our</h1> offer',
        summary: '<p>What we <b>offer</b>.</p><p>And more.</p>',
        publisher: { name: '<b>Bristol</b> City Council' },
        lastReviewed: '2025-01-31',
      },
    },
  };

  it('converts every text to plain text, as the ORUK fields are', () => {
    const result = fromOruk(edited, { today: '2025-06-01' });
    if (!result.ok) throw new Error(result.message);
    const { offer } = result;
    for (const [path, text] of stringsIn(offer)) if (path !== '/$schema') expect(looksLikeHtml(text), `${path}: ${text}`).to.equal(false);
    expect(offer).to.deep.include({ title: 'Our offer', summary: 'What we offer.\n\nAnd more.' });
    expect(offer.publisher.name).to.equal('Bristol City Council');
    const [item] = offer.entitlements;
    expect(item!.tags).to.deep.equal(['Bus pass']);
    expect(item!.links).to.deep.equal([{ title: 'Apply now', url: 'https://example.org/apply' }]);
    expect(item!.value).to.deep.equal({ amountPence: 200000, description: 'Paid in parts' });
    const byId = Object.fromEntries(offer.contacts.map((contact) => [contact.id, contact]));
    expect(byId.team).to.deep.include({ notes: 'Text us first.', languages: ['English'] });
    expect(byId.office).to.deep.include({
      openingHours: { monday: [{ opens: '09:00', closes: '17:00' }], note: 'Not on Fridays' },
      address: { lines: ['City Hall', 'Bristol'], postcode: 'BS1 5TR' },
    });
    expect(byId.office).not.to.have.property('notes');
  });

  it('names a nameless contact of an organization after its name in plain text', () => {
    const result = fromOruk(edited, { today: '2025-06-01' });
    if (!result.ok) throw new Error(result.message);
    expect(result.offer.contacts.map((contact) => contact.name)).to.include('Youth Trust');
    expect(result.report.lines()).to.contain('assumed contents[0].organization.contacts[0].name: no name: called the contact "Youth Trust"');
  });

  it('reports each value that was only markup', () => {
    const result = fromOruk(edited, { today: '2025-06-01' });
    if (!result.ok) throw new Error(result.message);
    const lines = result.report.lines();
    for (const where of [
      'contents[0].attributes[1]',
      'contents[0].contacts[0].local_offer_elements.languages[1]',
      'contents[0].contacts[1].local_offer_elements.notes',
    ])
      expect(lines, where).to.contain(`dropped ${where}: ${MARKUP_ONLY}`);
  });
});

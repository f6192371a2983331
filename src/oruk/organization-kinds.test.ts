import { expect } from '@open-wc/testing';
import { councilOfOrganization, guessProviderKind, identifiersOf } from './organization-kinds.js';

const scheme = (identifier_scheme: string, identifier: string) => ({ identifier_scheme, identifier });

describe('oruk organization kinds', () => {
  it('reads organization_identifiers, skipping those with no identifier', () => {
    expect(
      identifiersOf({
        organization_identifiers: [
          { identifier_scheme: 'GB-CHC', identifier_type: 'Charity number', identifier: '1234567' },
          { identifier_scheme: 'GB-COH' },
          'junk',
        ],
      }),
    ).to.deep.equal([{ scheme: 'GB-CHC', type: 'Charity number', value: '1234567' }]);
    expect(identifiersOf({})).to.deep.equal([]);
  });

  it('settles the kind from a council GSS code or an org-id scheme before the name', () => {
    expect(guessProviderKind('Anything', identifiersOf({ organization_identifiers: [scheme('', 'E06000023')] }))).to.deep.equal({
      kind: 'council',
      reason: 'it has a council GSS code among its organization_identifiers',
    });
    expect(guessProviderKind('Youth Ltd', identifiersOf({ organization_identifiers: [scheme('gb-chc', '1')] }))).to.deep.equal({
      kind: 'charity',
      reason: 'its organization_identifiers use the GB-CHC scheme',
    });
    // A charity that is also a company is a charity.
    expect(guessProviderKind('X', identifiersOf({ organization_identifiers: [scheme('GB-COH', '1'), scheme('GB-CHC', '2')] })).kind).to.equal('charity');
    expect(guessProviderKind('X', identifiersOf({ organization_identifiers: [scheme('GB-NHS', 'RA7')] })).kind).to.equal('nhs');
  });

  it('guesses the kind from words in the name, in a fixed order', () => {
    const kind = (name: string) => guessProviderKind(name, []);
    expect(kind('Bristol City Council')).to.deep.equal({ kind: 'council', reason: 'its name contains "Council"' });
    expect(kind('Jobcentre Plus').kind).to.equal('dwp');
    expect(kind('Avon and Wiltshire Mental Health Partnership NHS Trust').kind, 'NHS before trust').to.equal('nhs');
    expect(kind('City of Bristol College').kind).to.equal('education');
    expect(kind('Money Matters Trust').kind).to.equal('charity');
    expect(kind('Youth Works CIC').kind).to.equal('community');
    expect(kind('Acme Training Ltd').kind).to.equal('business');
    expect(kind('St Werburghs Community Association').kind).to.equal('community');
    expect(kind('Mindful Things')).to.deep.equal({ kind: 'other', reason: 'neither its name nor its identifiers say what it is' });
  });

  it('finds a council by a GSS code among its identifiers, else by its name', () => {
    const byCode = councilOfOrganization('Some name', identifiersOf({ organization_identifiers: [scheme('', 'e06000023')] }));
    expect(byCode?.council.code).to.equal('E06000023');
    expect(byCode?.reason).to.equal('organization_identifiers has its GSS code E06000023');
    const byName = councilOfOrganization('Bristol City Council', identifiersOf({ organization_identifiers: [scheme('GB-LAE', 'BST')] }));
    expect(byName?.council.code).to.equal('E06000023');
    expect(byName?.reason).to.equal('its name matches Bristol City Council (its GB-LAE identifier "BST" is a register code, not a GSS code)');
    expect(councilOfOrganization('Council of Elrond', [])).to.equal(undefined);
  });
});

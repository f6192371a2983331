import { expect } from '@open-wc/testing';
import { NATIONAL_ENTITLEMENTS } from '../entitlements/national-catalogue.js';
import { countyOf } from '../places/council-registry.js';
import { parseOffer } from '../schema/parse.js';
import type { Offer } from '../schema/offer-schema.js';
import { minimalOffer } from '../test-support/offer-fixture.js';
import { joinOffers } from './joined-offer.js';
import { SITUATIONS, type Profile } from './profile.js';

const NOTTS = 'E10000024';
const ASHFIELD = 'E07000170';
const GEDLING = 'E07000173';
const KENT = 'E10000016';

function offer(change: (o: Record<string, any>) => void = () => {}): Offer {
  const raw = minimalOffer();
  raw.providers.push({ id: 'ashfield', name: 'Ashfield District Council', kind: 'council', councilCode: ASHFIELD, tier: 'district' });
  raw.entitlements = [
    {
      id: 'home',
      title: 'Setting-up-home allowance',
      summary: 's',
      area: 'accommodation',
      basis: 'national-statutory',
      nationalEntitlement: 'setting-up-home-allowance',
      providerId: 'notts',
      eligibility: { statuses: ['relevant', 'former-relevant'], minAge: 16, maxAge: 24, careLeaversOf: [NOTTS] },
      value: { amountPence: 300000, period: 'once' },
    },
    {
      id: 'ctax',
      title: 'Council tax exemption',
      summary: 's',
      area: 'financial-literacy',
      basis: 'discretionary',
      providerId: 'ashfield',
      eligibility: { minAge: 18, maxAge: 24, residentsOf: [ASHFIELD] },
    },
    {
      id: 'county-wide',
      title: 'Bus pass',
      summary: 's',
      area: 'participation-in-society',
      basis: 'discretionary',
      providerId: 'notts',
      eligibility: { residentsOf: [NOTTS] },
    },
    {
      id: 'prep',
      title: 'Preparation for adulthood',
      summary: 's',
      area: 'relationships',
      basis: 'local-statutory',
      providerId: 'notts',
      eligibility: { statuses: ['in-care'], minAge: 14, maxAge: 17 },
    },
    { id: 'coffee', title: 'Free coffee', summary: 's', area: 'health-and-wellbeing', basis: 'community', providerId: 'cafe' },
  ];
  change(raw);
  const result = parseOffer(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const join = (offers: Offer[], profile: Profile) => joinOffers(offers, profile, { catalogue: NATIONAL_ENTITLEMENTS, countyOf: (code) => countyOf(code)?.code });
const keys = (items: ReturnType<typeof join>, verdict?: string) =>
  items
    .filter((i) => !verdict || i.verdict === verdict)
    .map((i) => i.key)
    .sort();

describe('joinOffers', () => {
  it('gives each applying item its reasons: national law, who looked after you, where you live, a partner', () => {
    const items = join([offer()], { age: 20, situation: 'left-care-16-17', livesIn: ASHFIELD, lookedAfterBy: NOTTS });
    const byKey = new Map(items.map((i) => [i.key, i]));
    expect(byKey.get('setting-up-home-allowance')!.reasons, 'the catalogue knows it is a recommendation, whatever the offer calls it').to.deep.include.members([
      { kind: 'national', basis: 'recommended' },
      { kind: 'looked-after-by', councilCode: NOTTS },
    ]);
    expect(byKey.get('personal-adviser')!.reasons).to.deep.equal([{ kind: 'national', basis: 'statute' }]);
    expect(byKey.get('test-offer/ctax')!.reasons).to.deep.equal([{ kind: 'lives-in', councilCode: ASHFIELD }]);
    expect(byKey.get('test-offer/county-wide')!.reasons, 'a county covers its districts').to.deep.equal([{ kind: 'lives-in', councilCode: ASHFIELD }]);
    expect(byKey.get('test-offer/coffee')!.reasons).to.deep.equal([{ kind: 'partner', providerName: 'Corner Café' }]);
    expect(byKey.get('test-offer/home' as string)).to.equal(undefined);
    expect(
      items.filter((i) => !i.unknowns.includes('conditions')).every((i) => i.verdict === 'applies'),
      'only conditions in words are left to check',
    ).to.equal(true);
    expect(keys(items)).not.to.include('test-offer/prep');
    expect(byKey.get('personal-adviser')!.sources, 'national items no offer mentions still appear').to.deep.equal([]);
  });

  it('leaves out what does not apply: another council, another district, the wrong age or status', () => {
    const items = join([offer()], { age: 20, situation: 'left-care-16-17', livesIn: GEDLING, lookedAfterBy: KENT });
    expect(keys(items)).to.include('test-offer/county-wide');
    expect(keys(items)).not.to.include('test-offer/ctax');
    expect(items.find((i) => i.key === 'setting-up-home-allowance')!.sources, 'Kent care leaver: the catalogue entry, not Notts item').to.deep.equal([]);
    const young = join([offer()], { age: 15, situation: 'in-care', livesIn: ASHFIELD, lookedAfterBy: NOTTS });
    expect(keys(young)).to.include('test-offer/prep');
    expect(keys(young)).not.to.include('test-offer/ctax');
    expect(keys(young)).not.to.include('setting-up-home-allowance');
  });

  it('across every age from 14 to 25 and every situation, never keeps an item outside its ages', () => {
    for (const situation of SITUATIONS) {
      for (let age = 14; age <= 25; age++) {
        for (const item of join([offer()], { age, situation, livesIn: ASHFIELD, lookedAfterBy: NOTTS })) {
          for (const source of item.sources) {
            const { minAge = 0, maxAge = 30 } = source.item.eligibility ?? {};
            expect(age, `${item.key} at ${age}`).to.be.within(minAge, maxAge);
          }
          if (item.verdict === 'applies' && item.national && item.sources.length === 0) {
            expect(age).to.be.within(item.national.minAge ?? 0, item.national.maxAge ?? 30);
          }
        }
      }
    }
  });

  it('says what "may apply" when the profile does not say enough', () => {
    const items = join([offer()], {});
    const home = items.find((i) => i.key === 'setting-up-home-allowance')!;
    expect(home.verdict).to.equal('may-apply');
    expect(home.unknowns).to.have.members(['status', 'age', 'looked-after-by']);
    expect(items.find((i) => i.key === 'test-offer/ctax')!.unknowns).to.have.members(['age', 'lives-in']);
    expect(items.find((i) => i.key === 'test-offer/coffee')!.verdict).to.equal('applies');
    const noPlace = join([offer()], { age: 20, situation: 'left-care-16-17' });
    expect(noPlace.find((i) => i.key === 'test-offer/ctax')!.unknowns).to.deep.equal(['lives-in']);
  });

  it('shows one national entitlement once, keeping different amounts from two councils', () => {
    const district = offer((o) => {
      o.id = 'district-offer';
      o.entitlements[0].value.amountPence = 350000;
      o.entitlements[0].eligibility.careLeaversOf = undefined;
    });
    const items = join([offer(), district], { age: 20, situation: 'left-care-16-17', livesIn: ASHFIELD, lookedAfterBy: NOTTS });
    const home = items.filter((i) => i.national?.id === 'setting-up-home-allowance');
    expect(home).to.have.length(1);
    expect(home[0]!.sources.map((s) => s.item.value?.amountPence)).to.deep.equal([300000, 350000]);
    expect(home[0]!.conflictingAmounts).to.equal(true);
    expect(items.find((i) => i.key === 'test-offer/coffee')).to.exist;
    expect(items.find((i) => i.key === 'district-offer/coffee')).to.exist;
  });

  it('keeps an item with conditions in words at "may apply", whatever the profile says', () => {
    const withCondition = offer((o) => {
      o.entitlements[4].eligibility = { conditions: 'While you are at college' };
    });
    const coffee = join([withCondition], { age: 20, situation: 'left-care-16-17', livesIn: ASHFIELD, lookedAfterBy: NOTTS }).find(
      (i) => i.key === 'test-offer/coffee',
    )!;
    expect(coffee.verdict).to.equal('may-apply');
    expect(coffee.unknowns).to.deep.equal(['conditions']);
  });

  it('treats a partner offer that points at a national entitlement as its own offer, not national law', () => {
    const partner = offer((o) => {
      o.entitlements[4].nationalEntitlement = 'apprenticeship-bursary';
    });
    const items = join([partner], { age: 20, situation: 'left-care-16-17', livesIn: ASHFIELD, lookedAfterBy: NOTTS });
    const coffee = items.find((i) => i.key === 'test-offer/coffee')!;
    expect(coffee.reasons).to.deep.equal([{ kind: 'partner', providerName: 'Corner Café' }]);
    expect(items.find((i) => i.key === 'apprenticeship-bursary')!.sources, 'the catalogue entry stays separate').to.deep.equal([]);
    expect(items.find((i) => i.key === 'setting-up-home-allowance')!.lead!.item.id).to.equal('home');
  });

  it('flags a local amount below the national minimum', () => {
    const low = offer((o) => {
      o.entitlements[0].value.amountPence = 250000;
    });
    const items = join([low], { age: 20, situation: 'left-care-16-17', lookedAfterBy: NOTTS, livesIn: ASHFIELD });
    const home = items.find((i) => i.key === 'setting-up-home-allowance')!;
    expect(home.belowMinimum.map((s) => s.item.value?.amountPence)).to.deep.equal([250000]);
    expect(
      join([offer()], { age: 20, situation: 'left-care-16-17', lookedAfterBy: NOTTS }).find((i) => i.key === 'setting-up-home-allowance')!.belowMinimum,
    ).to.deep.equal([]);
  });
});

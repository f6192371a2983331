import { expect } from '@open-wc/testing';
import { AREAS, CARE_STATUSES, PERIODS } from '../schema/vocabularies.js';
import { SLUG_PATTERN } from '../schema/fields.js';
import { findNationalEntitlement, NATIONAL_ENTITLEMENTS } from './national-catalogue.js';

const REAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

describe('national entitlements catalogue', () => {
  it('has unique slug ids that can be looked up', () => {
    const ids = NATIONAL_ENTITLEMENTS.map((entry) => entry.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) {
      expect(id).to.match(SLUG_PATTERN);
      expect(findNationalEntitlement(id)?.id).to.equal(id);
    }
    expect(findNationalEntitlement('nope')).to.equal(undefined);
  });

  it('gives every entry a source, an area, statuses and sensible ages', () => {
    for (const entry of NATIONAL_ENTITLEMENTS) {
      expect(entry.source.url, entry.id).to.match(/^https?:\/\//);
      expect(entry.source.title, entry.id).to.not.equal('');
      expect(AREAS, entry.id).to.include(entry.area);
      expect(entry.statuses.length, entry.id).to.be.greaterThan(0);
      for (const status of entry.statuses) expect(CARE_STATUSES).to.include(status);
      if (entry.minAge !== undefined && entry.maxAge !== undefined) expect(entry.minAge, entry.id).to.be.at.most(entry.maxAge);
      expect(entry.checked).to.match(REAL_DATE);
    }
  });

  it('dates every amount and gives its period', () => {
    for (const entry of NATIONAL_ENTITLEMENTS.filter((e) => e.amountPence !== undefined)) {
      expect(entry.amountValidFrom ?? entry.amountStatedOn, entry.id).to.match(REAL_DATE);
      expect(PERIODS, entry.id).to.include(entry.period);
      expect(Number.isInteger(entry.amountPence), entry.id).to.equal(true);
    }
  });

  it('cites a primary source for every entry, and says how far it binds and whether it is in force', () => {
    const primary = /(^|\.)(legislation\.gov\.uk|gov\.uk|nhs\.uk)$/;
    for (const entry of NATIONAL_ENTITLEMENTS) {
      expect(new URL(entry.source.url).protocol, entry.id).to.equal('https:');
      expect(new URL(entry.source.url).hostname, entry.id).to.match(primary);
      expect(['statute', 'recommended', 'scheme', 'announced'], entry.id).to.include(entry.basis);
      expect(entry.checked, entry.id).to.match(REAL_DATE);
      const { status } = entry;
      if (status.kind === 'in-force') {
        if (status.since) expect(status.since, entry.id).to.match(REAL_DATE);
        expect(entry.basis, `${entry.id}: a rule in force is not "announced"`).not.to.equal('announced');
      } else {
        expect(entry.basis, `${entry.id}: a rule not in force is never a right`).to.equal('announced');
      }
    }
  });

  it('keeps "up to 25" as maxAge 24 and ends at 25 at the latest', () => {
    for (const entry of NATIONAL_ENTITLEMENTS) if (entry.maxAge !== undefined) expect(entry.maxAge, entry.id).to.be.at.most(24);
  });

  it('holds the sourced national amounts, each with how far it binds', () => {
    expect(findNationalEntitlement('setting-up-home-allowance')).to.include({
      amountPence: 300_000,
      isMinimum: true,
      amountValidFrom: '2023-04-01',
      basis: 'recommended',
    });
    expect(findNationalEntitlement('higher-education-bursary')).to.include({ amountPence: 200_000, basis: 'statute' });
    expect(findNationalEntitlement('bursary-16-19')).to.include({ amountPence: 120_000, upTo: true, period: 'academic-year', basis: 'scheme' });
    expect(findNationalEntitlement('apprenticeship-bursary')).to.include({ amountPence: 300_000, amountValidFrom: '2023-08-01', basis: 'scheme' });
    expect(findNationalEntitlement('apprenticeship-bursary')!.statuses, 'children still in care can get it too').to.include('eligible');
    expect(findNationalEntitlement('personal-adviser')).to.include({ maxAge: 24, basis: 'statute' });
    expect(findNationalEntitlement('free-nhs-health-costs')!.status.kind).to.equal('announced');
    expect(findNationalEntitlement('staying-close')!.status.kind).to.equal('not-yet-in-force');
  });

  it('no longer lists a rule that was revoked, or a voluntary scheme as an entitlement', () => {
    expect(findNationalEntitlement('universal-credit-housing-18-21')).to.equal(undefined);
    expect(findNationalEntitlement('care-leaver-covenant')).to.equal(undefined);
  });
});

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
      expect(entry.amountValidFrom, entry.id).to.match(REAL_DATE);
      expect(PERIODS, entry.id).to.include(entry.period);
      expect(Number.isInteger(entry.amountPence), entry.id).to.equal(true);
    }
  });

  it('holds the sourced national amounts', () => {
    expect(findNationalEntitlement('setting-up-home-allowance')).to.include({ amountPence: 300_000, isMinimum: true, amountValidFrom: '2023-04-01' });
    expect(findNationalEntitlement('higher-education-bursary')).to.include({ amountPence: 200_000 });
    expect(findNationalEntitlement('bursary-16-19')).to.include({ amountPence: 120_000, upTo: true, period: 'academic-year' });
    expect(findNationalEntitlement('apprenticeship-bursary')).to.include({ amountPence: 300_000, amountValidFrom: '2023-08-01' });
    expect(findNationalEntitlement('personal-adviser')).to.include({ maxAge: 24 });
  });
});

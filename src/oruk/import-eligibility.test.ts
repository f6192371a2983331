import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import { readAges, readConditions, readResidentsOf } from './import-eligibility.js';
import type { JsonObject } from './oruk-types.js';

function ages(service: JsonObject) {
  const report = new ConversionReport();
  return { ages: readAges(service, 'svc', report), report: report.lines().join('\n') };
}

describe('oruk eligibility: ages', () => {
  it('carries 3.0 minimum_age and maximum_age over unchanged, both inclusive', () => {
    const { ages: result, report } = ages({ minimum_age: 16, maximum_age: 24 });
    expect(result).to.deep.equal({ minAge: 16, maxAge: 24 });
    expect(report).to.contain('mapped  svc: ages 16 to 24 → eligibility.minAge/maxAge');
  });

  it('reads ages written as text, and whole years of fractional ones', () => {
    expect(ages({ minimum_age: '18' }).ages).to.deep.equal({ minAge: 18 });
    const { ages: result, report } = ages({ maximum_age: 21.5 });
    expect(result).to.deep.equal({ maxAge: 21 });
    expect(report).to.contain('assumed svc.maximum_age: 21.5 is not a whole number of years: used 21');
  });

  it('reads -1 and 0 as no limit', () => {
    const { ages: result, report } = ages({ minimum_age: 0, maximum_age: -1 });
    expect(result).to.deep.equal({});
    expect(report).to.contain('dropped svc.minimum_age: 0 is read as no minimum age');
    expect(report).to.contain('dropped svc.maximum_age: -1 means no maximum age');
  });

  it('leaves the maximum open above 30, and refuses a service that starts above 30', () => {
    const { ages: open, report } = ages({ minimum_age: 12, maximum_age: 100 });
    expect(open).to.deep.equal({ minAge: 12 });
    expect(report).to.contain('dropped svc.maximum_age: 100 is above 30, the oldest age an offer records: no maximum age');
    expect(ages({ minimum_age: 65 }).ages.tooOld).to.equal('svc.minimum_age is 65: no care leaver is that old');
  });

  it('uses the widest range of several 1.0 eligibilitys, and drops their audience words', () => {
    const { ages: result, report } = ages({
      eligibilitys: [
        { eligibility: 'teen', minimum_age: 16, maximum_age: 18 },
        { eligibility: 'adult', minimum_age: 18, maximum_age: 25 },
      ],
    });
    expect(result).to.deep.equal({ minAge: 16, maxAge: 25 });
    expect(report).to.contain('assumed svc.eligibilitys: several age ranges: used the widest');
    expect(report).to.contain('dropped svc.eligibilitys[0].eligibility: "teen" is an audience word');
  });

  it('drops both ages when the minimum is above the maximum, and reports blank and unreadable ones', () => {
    const { ages: result, report } = ages({ minimum_age: 25, maximum_age: 18 });
    expect(result).to.deep.equal({});
    expect(report).to.contain('dropped svc: minimum age 25 is above maximum age 18: both left out');
    const blank = ages({ eligibilitys: [{ minimum_age: '', maximum_age: 'old' }] });
    expect(blank.report).to.contain('dropped svc.eligibilitys[0].minimum_age: empty string');
    expect(blank.report).to.contain('dropped svc.eligibilitys[0].maximum_age: "old" is not an age');
  });
});

describe('oruk eligibility: conditions and areas', () => {
  it('reads the eligibility text as plain text on one line, cut to 500 characters', () => {
    const report = new ConversionReport();
    expect(readConditions({ eligibility_description: '<p>Care leavers</p><p>aged 18 to 25</p>' }, 'svc', report)).to.equal('Care leavers aged 18 to 25');
    const long = readConditions({ eligibility_description: 'word '.repeat(200) }, 'svc', report)!;
    expect(long.length).to.be.at.most(500);
    expect(long.endsWith('…')).to.equal(true);
    expect(readConditions({ eligibility_description: '<p></p>' }, 'svc', report)).to.equal(undefined);
    expect(report.lines().join('\n')).to.contain('assumed svc.eligibility_description: cut to 500 characters');
  });

  it('reads service areas that all name councils in England, by name or statistical-geography URI', () => {
    const report = new ConversionReport();
    const codes = readResidentsOf(
      {
        service_areas: [{ name: 'Bristol' }, { uri: 'https://statistics.data.gov.uk/id/statistical-geography/E10000024' }, { service_area: 'City of Bristol' }],
      },
      'svc',
      report,
    );
    expect(codes).to.deep.equal(['E06000023', 'E10000024']);
    expect(report.lines().join('\n')).to.contain('assumed svc.service_areas: → eligibility.residentsOf E06000023, E10000024');
  });

  it('drops every area when one is not a council, since a partial list would shut people out', () => {
    const report = new ConversionReport();
    expect(readResidentsOf({ service_areas: [{ name: 'Bristol' }, { name: 'Narnia' }, {}] }, 'svc', report)).to.equal(undefined);
    expect(report.lines().join('\n')).to.contain('dropped svc.service_areas: "Narnia", (no name) are not a council in England');
    expect(readResidentsOf({}, 'svc', report)).to.equal(undefined);
  });
});

describe('oruk eligibility: hostile and odd input (issue 12)', () => {
  it('puts megabytes of unusual white space in the eligibility text on one line', () => {
    const report = new ConversionReport();
    const conditions = readConditions({ eligibility_description: `Care leavers${'\u2028'.repeat(4 * 1024 * 1024)}only` }, 'svc', report)!;
    expect(conditions.length).to.be.at.most(500);
    expect(conditions.startsWith('Care leavers')).to.equal(true);
  });

  it('reports eligibility text that is only markup', () => {
    const report = new ConversionReport();
    expect(readConditions({ eligibility_description: '<p><br></p>' }, 'svc', report)).to.equal(undefined);
    expect(report.lines()).to.deep.equal(['dropped svc.eligibility_description: no text once its markup is removed']);
  });

  it('names an area that is only markup as having no name', () => {
    const report = new ConversionReport();
    expect(readResidentsOf({ service_areas: [{ name: '<b></b>' }] }, 'svc', report)).to.equal(undefined);
    expect(report.lines().join('\n')).to.contain('dropped svc.service_areas: (no name) is not a council in England');
  });
});

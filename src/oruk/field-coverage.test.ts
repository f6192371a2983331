import { expect } from '@open-wc/testing';
import { ConversionReport } from './conversion-report.js';
import { leftOutReason, READ_FIELDS, reportBlankFields, reportLeftOut } from './field-coverage.js';

describe('oruk field coverage', () => {
  it('reports each blank field once, null and empty strings alike', () => {
    const report = new ConversionReport();
    reportBlankFields({ name: 'Club', fees: '', attending_type: '   ', accreditations: null, phones: [], minimum_age: 0 }, 'content[0]', report);
    expect(report.lines()).to.deep.equal([
      'dropped content[0].fees: empty string',
      'dropped content[0].attending_type: empty string',
      'dropped content[0].accreditations: null',
    ]);
  });

  it('gives every field no reader uses its reason, and says nothing of the fields that are read', () => {
    const report = new ConversionReport();
    reportLeftOut(
      {
        name: 'Club',
        description: 'Words',
        alternate_name: 'The club',
        holiday_schedules: [{ closed: true }],
        funding: 'Lottery',
        pc_targetAudience: [{ audienceType: 'Young people' }],
        pc_metadata: { date_modified: '2024-01-01' },
        abc_rating: 5,
        service_rating: 5,
        colour: 'red',
        wait_time: '',
        reviews: [],
        program: null,
      },
      'svc',
      report,
    );
    expect(report.lines()).to.deep.equal([
      'dropped svc.alternate_name: an item has one title',
      'dropped svc.holiday_schedules: an offer holds weekly opening hours only; put closures in the opening hours note',
      'dropped svc.funding: a funding source is a name, not a provider of the offer: who pays is read only from our own extension (fundedBy)',
      'dropped svc.pc_targetAudience: vendor extension (Placecube): used only to find services for care leavers',
      'dropped svc.pc_metadata: vendor extension (Placecube): only its dates were used, for lastReviewed',
      'dropped svc.abc_rating: vendor extension: not part of ORUK, so it has no place in an offer',
      'dropped svc.service_rating: not a field this converter reads',
      'dropped svc.colour: not a field this converter reads',
    ]);
  });

  it('knows the fields the converter reads', () => {
    for (const field of ['name', 'regular_schedules', 'schedules', 'eligibilitys', 'attributes', 'local_offer_elements'])
      expect(READ_FIELDS.has(field), field).to.equal(true);
    expect(READ_FIELDS.has('alternate_name')).to.equal(false);
    expect(leftOutReason('pc_customField')).to.equal('vendor extension: not part of ORUK, so it has no place in an offer');
    expect(leftOutReason('licenses')).to.equal('an offer does not list licences');
  });
});

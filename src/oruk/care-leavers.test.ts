import { expect } from '@open-wc/testing';
import { careLeaverEvidence, mentionsCareLeavers } from './care-leavers.js';

describe('oruk care leavers', () => {
  it('knows the ways services say they are for care leavers', () => {
    for (const text of ['Care leavers', 'for a care-leaver', 'Leaving care team', 'care experienced young people', 'CARE   LEAVERS']) {
      expect(mentionsCareLeavers(text), text).to.equal(true);
    }
    for (const text of ['Day care', 'Careers advice', 'leaving home', 'childcare leave']) expect(mentionsCareLeavers(text), text).to.equal(false);
  });

  it('gives the reason a service counts, from the strongest evidence', () => {
    expect(careLeaverEvidence({ local_offer_elements: {} }, [])).to.equal('it was exported from a Local Offer (local_offer_elements)');
    expect(careLeaverEvidence({ pc_targetAudience: [{ audienceType: 'Young people' }, { audienceType: 'Care Leavers' }] }, [])).to.equal(
      'pc_targetAudience[1].audienceType is "Care Leavers"',
    );
    expect(careLeaverEvidence({}, ['Youth', 'Care Leavers 16-25'])).to.equal('taxonomy term "Care Leavers 16-25"');
    expect(careLeaverEvidence({ name: 'Club', description: '<p>For young people <b>leaving care</b>.</p>' }, [])).to.equal(
      'its description mentions care leavers',
    );
    expect(careLeaverEvidence({ eligibility_description: 'Care experienced' }, [])).to.equal('its eligibility description mentions care leavers');
    expect(careLeaverEvidence({ eligibilitys: [{ eligibility: 'care leaver' }] }, [])).to.equal('eligibilitys[0] is "care leaver"');
  });

  it('finds nothing in a service for everyone', () => {
    expect(
      careLeaverEvidence({ name: 'Youth club', description: 'Games and sport.', pc_targetAudience: [{ audienceType: 'Young people' }] }, ['Youth clubs']),
    ).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import { countyOf } from '../places/council-registry.js';
import { parseOffer } from '../schema/parse.js';
import type { Offer } from '../schema/offer-schema.js';
import { leavingCareTeam, outOfHoursLine } from './contacts.js';

const county = (code: string) => countyOf(code)?.code;

async function example(name: string): Promise<Offer> {
  const result = parseOffer(await (await fetch(`/schema/examples/${name}.json`)).json());
  if (!result.ok) throw new Error(result.issues[0]!.message);
  return result.value;
}

describe('who to call', () => {
  it('picks the leaving care team that serves where the young person lives, in an offer with one per area', async () => {
    const notts = await example('nottinghamshire');
    expect(leavingCareTeam(notts, 'E07000170', county)!.id, 'Ashfield').to.equal('leaving-care-mid');
    expect(leavingCareTeam(notts, 'E07000171', county)!.id, 'Bassetlaw').to.equal('leaving-care-north');
    expect(leavingCareTeam(notts, 'E07000176', county)!.id, 'Rushcliffe').to.equal('leaving-care-south');
    expect(leavingCareTeam(notts, 'E08000003', county)!.id, 'living elsewhere: the first team').to.equal('leaving-care-north');
    expect(leavingCareTeam(notts)!.id).to.equal('leaving-care-north');
    expect(outOfHoursLine(notts, 'E07000170', county)!.role).to.equal('out-of-hours');
  });

  it('falls back to the duty line, then any contact with a phone', async () => {
    const manchester = await example('manchester');
    expect(leavingCareTeam(manchester)!.role).to.equal('leaving-care-team');
    const noTeam = { ...manchester, contacts: manchester.contacts.filter((c) => c.role !== 'leaving-care-team') };
    expect(leavingCareTeam(noTeam)!.role).to.equal('personal-adviser-duty');
    const noDuty = { ...noTeam, contacts: noTeam.contacts.filter((c) => c.role !== 'personal-adviser-duty') };
    expect(leavingCareTeam(noDuty)!.phone).to.be.a('string');
  });
});

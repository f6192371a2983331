import { expect } from '@open-wc/testing';
import { locateServices, type LocatedServices } from './locate-services.js';

async function fixture(path: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/oruk/${path}`)).json();
}

function located(input: unknown): LocatedServices {
  const result = locateServices(input);
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

describe('oruk locating services', () => {
  it('reads an ORUK 3.0 /services page (contents), and says when it is one page of several', async () => {
    const page = located(await fixture('uk-profile-3.0/examples/service_list.json'));
    expect(page.shape).to.equal('a /services page with 1 services (contents)');
    expect(page.version).to.equal('ORUK 3.0');
    expect(page.services.map((service) => service.path)).to.deep.equal(['contents[0]']);
    expect(page.pageNote).to.match(/^the file is page 1 of 10 of a \/services response/);
  });

  it('reads an ORUK 1.0 page (content, totalElements) by its 1.0 field names', async () => {
    const page = located(await fixture('handmade/oruk-1.0-council-feed.json'));
    expect(page.shape).to.equal('a /services page with 7 services (content)');
    expect(page.version).to.equal('ORUK 1.0');
    expect(page.services).to.have.length(7);
    expect(page.services[6]!.path).to.equal('content[6]');
    expect(page.pageNote).to.equal(undefined);
  });

  it('goes by the field names rather than the page shape when they disagree', () => {
    const oldFields = { name: 'Club', eligibilitys: [], regular_schedules: [] };
    expect(located({ contents: [oldFields] }).version).to.equal('ORUK 1.0');
    expect(located({ content: [{ name: 'Club', minimum_age: 16, schedules: [] }] }).version).to.equal('ORUK 3.0');
    expect(located([{ name: 'Club' }]).version).to.equal('ORUK (version unclear)');
  });

  it('reads a bare array, and one service on its own', async () => {
    expect(located([{ name: 'a' }, { name: 'b' }]).services.map((service) => service.path)).to.deep.equal(['[0]', '[1]']);
    const one = located(await fixture('uk-profile-3.0/examples/service_full.json'));
    expect(one.shape).to.equal('one service');
    expect(one.services[0]!.path).to.equal('(service)');
  });

  it('reads an organization with its services, which inherit the organization', async () => {
    const organization = located(await fixture('uk-profile-3.0/examples/organization_full.json'));
    expect(organization.shape).to.equal('an organization with 1 services');
    const [service] = organization.services;
    expect(service!.path).to.equal('services[0]');
    expect(service!.organization?.name).to.equal('Example Organization Inc.');
    expect(service!.organization).not.to.have.property('services');
  });

  it('reads a service_at_location with its service', async () => {
    const input = (await fixture('uk-profile-3.0/examples/service_at_location_full.json')) as { service: unknown };
    const sal = located(input);
    expect(sal.shape).to.equal('a service_at_location with its service');
    expect(sal.services[0]!.value).to.equal(input.service);
    expect(sal.services[0]!.serviceAtLocation).to.equal(input);
  });

  it('keeps our own list extension', () => {
    const extension = { schemaVersion: '1.0', offer: { id: 'x' } };
    expect(located({ contents: [], local_offer_elements: extension }).listExtension).to.equal(extension);
  });

  it('refuses input that holds no services, saying what it found', async () => {
    const term = locateServices(await fixture('uk-profile-3.0/examples/taxonomy_term.json'));
    expect(term)
      .to.have.property('problem')
      .that.matches(/^it is not an Open Referral UK services response: .* the fields id, name, description/);
    expect(locateServices(null)).to.deep.equal({ problem: 'it holds null, not Open Referral UK services' });
    expect(locateServices(42)).to.deep.equal({ problem: 'it holds number, not Open Referral UK services' });
    expect(locateServices({})).to.have.property('problem').that.contains('an object with no fields');
    expect(locateServices({ name: 'Org', organization_identifiers: [] })).to.have.property('problem');
  });
});

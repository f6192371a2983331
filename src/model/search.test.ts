import { expect } from '@open-wc/testing';
import { buildIndex, search, type Searchable } from './search.js';

const items: (Searchable & { id: string })[] = [
  { id: 'ctax', title: 'Council tax exemption', summary: 'No council tax to pay until you are 25.', area: 'financial-literacy', tags: ['money'] },
  { id: 'uni', title: 'Higher education bursary', summary: '£2,000 if you go to university.', area: 'education-and-training', tags: [] },
  { id: 'home', title: 'Housing register priority', summary: 'Join the housing register.', area: 'accommodation', tags: [] },
  { id: 'cafe', title: 'Free coffee at Café Olé', summary: 'A free drink every week.', area: 'health-and-wellbeing', tags: ['food'], extra: ['Corner Café'] },
  { id: 'gym', title: 'Leisure pass', summary: 'Free swimming and gym.', area: 'health-and-wellbeing', tags: ['leisure'] },
];
const ids = (query: string) => search(buildIndex(items), query).map((item) => item.id);

describe('search', () => {
  it('returns everything for an empty query', () => expect(ids('  ')).to.have.length(5));
  it('ignores case and accents', () => {
    expect(ids('CAFE')).to.deep.equal(['cafe']);
    expect(ids('olé')).to.deep.equal(['cafe']);
    expect(ids('corner cafe')).to.deep.equal(['cafe']);
  });
  it('matches the start of words', () => {
    expect(ids('hous')).to.deep.equal(['home']);
    expect(ids('ouse')).to.deep.equal([]);
  });
  it('knows the words young people type', () => {
    expect(ids('ctax')).to.deep.equal(['ctax']);
    expect(ids('uni')).to.deep.equal(['uni']);
    expect(ids('flat')).to.deep.equal(['home']);
    expect(ids('gym')).to.deep.equal(['gym']);
  });
  it('needs every word to match', () => {
    expect(ids('council tax')).to.deep.equal(['ctax']);
    expect(ids('council swimming')).to.deep.equal([]);
  });
  it('searches area names and tags', () => {
    expect(ids('money')).to.include('ctax');
    expect(ids('accommodation')).to.deep.equal(['home']);
    expect(ids('housing'), 'the plain label too').to.deep.equal(['home']);
  });
});

import { expect } from '@open-wc/testing';
import { readFinderState, writeFinderState } from './finder-url-state.js';

describe('finder URL state', () => {
  it("round-trips every part of the view, keeping the page's own parameters and hash", () => {
    const state = {
      livesIn: 'E07000170',
      lookedAfterBy: 'unknown',
      age: 19,
      situation: 'arrived-alone' as const,
      query: 'council tax & rent',
      areas: ['accommodation', 'employment'] as const,
    };
    const href = writeFinderState({ ...state, areas: [...state.areas] }, 'https://charity.example/find?ref=news#top');
    const url = new URL(href);
    expect(url.searchParams.get('ref')).to.equal('news');
    expect(url.hash).to.equal('#top');
    expect(readFinderState(url.search)).to.deep.equal({ ...state, areas: [...state.areas] });
  });

  it('drops empty parts from the URL', () => {
    expect(writeFinderState({ query: '', areas: [] }, 'https://x.example/p?lo-q=old&lo-areas=employment')).to.equal('https://x.example/p');
  });

  it('ignores malformed or hostile values instead of failing', () => {
    const state = readFinderState('?lo-place=javascript:alert(1)&lo-age=200&lo-situation=<b>&lo-areas=employment,nope&lo-cared-for-by=X');
    expect(state).to.deep.equal({ livesIn: undefined, lookedAfterBy: undefined, age: undefined, situation: undefined, query: '', areas: ['employment'] });
  });
});

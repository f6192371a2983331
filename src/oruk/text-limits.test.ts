import { expect } from '@open-wc/testing';
import { clip, splitSentences, splitSummary } from './text-limits.js';

/** splitSummary as it was, with backtracking expressions: the reference for text that does not start with headings. */
function regexSplitSummary(text: string, max: number): { summary: string; rest: string } {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const first = (paragraphs[0] ?? '').replace(/\s*\n\s*(?:- )?/g, ' ');
  const sentences = first.split(/(?<=[.!?]["'’”)]*)\s+(?=[A-Z0-9“"‘'(£])/);
  let summary = '';
  let used = 0;
  for (const sentence of sentences) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (summary && next.length > 240) break;
    summary = next;
    used++;
  }
  if (summary.length > max) return { summary: clip(summary, max), rest: text.trim() };
  return { summary, rest: [sentences.slice(used).join(' '), ...paragraphs.slice(1)].filter(Boolean).join('\n\n') };
}

/** Short random texts of the characters that matter to sentences, lines and list items. */
function* randomTexts(count: number, alphabet: readonly string[]): Generator<string> {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) yield Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

describe('oruk text limits: clip', () => {
  it('leaves text within the limit alone', () => {
    expect(clip('Short enough.', 13)).to.equal('Short enough.');
  });

  it('cuts at a word boundary, without trailing punctuation, and ends with "…"', () => {
    expect(clip('The quick brown fox, jumps over', 22)).to.equal('The quick brown fox…');
    expect(clip('The quick brown fox jumps', 20).length).to.be.at.most(20);
  });

  it('cuts inside a word when the last boundary is too early', () => {
    expect(clip('Supercalifragilistic expialidocious', 12)).to.equal('Supercalifr…');
  });
});

describe('oruk text limits: splitSummary', () => {
  it('takes the first sentence, and the next ones while the summary stays short', () => {
    const text = 'We help care leavers. We run a drop-in. Call us any time.';
    expect(splitSummary(text, 600)).to.deep.equal({ summary: text, rest: '' });
    const long = `${'A first sentence that goes on and on. '.repeat(8)}The end.`;
    const split = splitSummary(long, 600);
    expect(split.summary.length).to.be.at.most(240);
    expect(split.summary.endsWith('on and on.')).to.equal(true);
    expect(`${split.summary} ${split.rest}`).to.equal(long.trim());
  });

  it('does not end a sentence inside an amount or an abbreviation followed by a small letter', () => {
    const second = `Then ${'more words '.repeat(25)}follow.`;
    expect(splitSummary(`It costs £3.50 a week. e.g. for travel. ${second}`, 600)).to.deep.equal({
      summary: 'It costs £3.50 a week. e.g. for travel.',
      rest: second,
    });
  });

  it('takes the summary from the first paragraph only, and keeps the rest as details', () => {
    expect(splitSummary('We help with money.\n\nWe can help with:\n- rent\n- bills', 600)).to.deep.equal({
      summary: 'We help with money.',
      rest: 'We can help with:\n- rent\n- bills',
    });
  });

  it('joins the lines of the first paragraph, list markers removed', () => {
    expect(splitSummary('Help with:\n- rent\n- bills', 600)).to.deep.equal({ summary: 'Help with: rent bills', rest: '' });
  });

  it('cuts a first sentence longer than the limit, and keeps the whole text as the rest', () => {
    const text = `${'word '.repeat(200)}end.`;
    const split = splitSummary(text, 600);
    expect(split.summary.length).to.be.at.most(600);
    expect(split.summary.endsWith('…')).to.equal(true);
    expect(split.rest).to.equal(text);
  });
});

describe('oruk text limits: the same answers without backtracking', () => {
  it('splits sentences as the lookbehind expression did', () => {
    const alphabet = ['.', '!', '?', '”', ')', '"', ' ', '  ', '\u2028', 'A', 'a', '3', '£', '(', 'x'];
    const mismatches = [...randomTexts(50_000, alphabet)].filter(
      (text) => JSON.stringify(splitSentences(text)) !== JSON.stringify(text.split(/(?<=[.!?]["'’”)]*)\s+(?=[A-Z0-9“"‘'(£])/)),
    );
    expect(mismatches).to.deep.equal([]);
  });

  it('splits a summary as the expressions did, whenever the text does not start with headings', () => {
    const alphabet = ['.', ' ', '\n', '\n\n', '- ', '-', 'A', 'b', 'Cc', ',', '?', '\u2028', 'x'];
    let compared = 0;
    const mismatches: string[] = [];
    for (const text of randomTexts(50_000, alphabet)) {
      for (const max of [600, 5]) {
        const split = splitSummary(text, max);
        if (split.headings) continue;
        compared++;
        if (JSON.stringify(split) !== JSON.stringify(regexSplitSummary(text, max))) mismatches.push(text);
      }
    }
    expect(mismatches).to.deep.equal([]);
    expect(compared).to.be.greaterThan(80_000);
  });
});

describe('oruk text limits: hostile input (issue 12)', () => {
  const MEGABYTES = 4 * 1024 * 1024;

  it('splits megabytes of spaces, quotes or brackets without backtracking', () => {
    const spaces = `Words${' '.repeat(MEGABYTES)}more words.`;
    expect(splitSummary(spaces, 600)).to.deep.include({ rest: spaces });
    const closers = `It ends.${'”'.repeat(MEGABYTES)} Then more.`;
    const split = splitSummary(closers, 600);
    expect(split.summary.length).to.be.at.most(600);
    expect(split.rest).to.equal(closers);
    const separators = `One${'\u2028'.repeat(MEGABYTES)}two\nthree.`;
    expect(splitSummary(separators, 600).rest).to.equal(separators);
  });
});

describe('oruk text limits: a description that starts with headings (issue 17)', () => {
  it('takes the summary from the first sentences after heading paragraphs, keeping the headings in the rest', () => {
    const text = 'About us\n\nWho we are\n\nWe support young people aged 16 to 25 who have been in care. We also help with rent.\n\nHow to apply\n\nCall us.';
    expect(splitSummary(text, 600)).to.deep.equal({
      summary: 'We support young people aged 16 to 25 who have been in care. We also help with rent.',
      rest: 'About us\n\nWho we are\n\nHow to apply\n\nCall us.',
      headings: 2,
    });
  });

  it('knows questions as headings', () => {
    expect(splitSummary('Who is it for?\n\nAnyone leaving care. Ask us.', 600)).to.deep.equal({
      summary: 'Anyone leaving care. Ask us.',
      rest: 'Who is it for?',
      headings: 1,
    });
  });

  it('skips heading lines at the start of a paragraph', () => {
    expect(splitSummary('Leaving Care Service\nWho can use it?\nAnyone aged 16 to 25 who has been in care. Ask your PA.', 600)).to.deep.equal({
      summary: 'Anyone aged 16 to 25 who has been in care. Ask your PA.',
      rest: 'Leaving Care Service\nWho can use it?',
      headings: 2,
    });
  });

  it('never cuts a heading run into the summary, however long the body', () => {
    const body = `We offer ${'help with housing, money, education and work, '.repeat(20)}all year round.`;
    const text = `Our Service\nWhat We Offer\n${body}`;
    const split = splitSummary(text, 600);
    expect(split.summary.startsWith('Our Service')).to.equal(false);
    expect(split.summary.startsWith('We offer help')).to.equal(true);
    expect(split.rest).to.equal(text);
  });

  it('ends the summary with a whole sentence: unfinished last words stay in the rest', () => {
    expect(splitSummary('About us\n\nWe help care leavers.\nCall us on weekdays', 600)).to.deep.equal({
      summary: 'We help care leavers.',
      rest: 'About us\n\nCall us on weekdays',
      headings: 1,
    });
  });

  it('ends a body paragraph that has no full stop as a sentence, when a sentence follows', () => {
    expect(
      splitSummary('Your Park\n\nThe parks trust runs volunteering in parks across the city for people of all ages\n\nJoin us. It is free.', 600),
    ).to.deep.equal({
      summary: 'The parks trust runs volunteering in parks across the city for people of all ages.',
      rest: 'Your Park\n\nJoin us. It is free.',
      headings: 1,
    });
  });

  it('passes over a list under a heading, but not a list a lead-in introduces', () => {
    expect(splitSummary('Opening times\n\n- Monday 9am to 5pm\n- Friday 9am to 4pm\n\nCall us first.', 600)).to.deep.equal({
      summary: 'Call us first.',
      rest: 'Opening times\n\n- Monday 9am to 5pm\n- Friday 9am to 4pm',
      headings: 3,
    });
    expect(splitSummary('We can help with:\n- rent\n- bills\n\nCall us on weekdays.', 600).headings ?? 0).to.equal(0);
  });

  it('never ends a summary mid-sentence after headings, whatever the text', () => {
    const alphabet = ['.', ' ', '\n', '\n\n', '- ', 'About us', 'Who is it for?', 'We help', 'Call', 'x', ',', ':', 'e.g.', '”'];
    let found = 0;
    for (const text of randomTexts(100_000, alphabet)) {
      const split = splitSummary(text, 600);
      if (!split.headings || !split.summary) continue;
      found++;
      expect(/[.!?…]["'’”)]*$/.test(split.summary), JSON.stringify(text)).to.equal(true);
    }
    expect(found).to.be.greaterThan(1000);
  });

  it('keeps today’s summary when the text does not start with headings', () => {
    for (const text of [
      'We help care leavers. We run a drop-in.\n\nAbout us\n\nMore words.',
      // A sentence broken over two lines is not a heading and its continuation.
      'Our team supports care leavers in\nBristol and South Gloucestershire.',
      'We help young people aged 16 to 25\nwho have been in care.',
      // A lead-in and its list.
      'We can help with:\n- rent\n- bills\n\nCall us on weekdays.',
      // Only headings: nothing better to take.
      'Free swimming\n\nAt any council pool',
    ]) {
      const split = splitSummary(text, 600);
      expect(split.headings ?? 0, text).to.equal(0);
    }
    expect(splitSummary('Our team supports care leavers in\nBristol and South Gloucestershire.', 600).summary).to.equal(
      'Our team supports care leavers in Bristol and South Gloucestershire.',
    );
    expect(splitSummary('Free swimming\n\nAt any council pool', 600)).to.deep.equal({ summary: 'Free swimming', rest: 'At any council pool' });
  });
});

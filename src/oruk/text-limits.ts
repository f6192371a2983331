/**
 * Fitting feed text into our length limits without cutting words in half, and the short summary an item
 * needs (a directory's description is often several paragraphs; the offer shows one or two sentences).
 *
 * Feed text can be megabytes long, so nothing here backtracks: runs of white space, punctuation and
 * closing quotes are walked once.
 */

/** What a clipped text must not end with before its "…". */
const TRAILING = /[\s,;:.–—-]/;

/** The text, or its start cut at a word boundary and ended with "…", within `max` characters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const boundary = room.search(/\s\S*$/);
  const cut = boundary > max * 0.6 ? room.slice(0, boundary) : room;
  let end = cut.length;
  while (end > 0 && TRAILING.test(cut[end - 1]!)) end--;
  return `${cut.slice(0, end)}…`;
}

/** A summary wants about this many characters: a sentence or two. */
const SUMMARY_TARGET = 240;

export interface SplitSummary {
  /** The first sentence, and the next ones while the whole stays short. */
  readonly summary: string;
  /** The rest of the text, for an item's details; empty when the summary holds it all. */
  readonly rest: string;
  /** How many lines at the start (headings, and lists under them) were passed over to find the body; absent when none. */
  readonly headings?: number;
}

/** Closing quotes and brackets that may follow a sentence's full stop. */
const CLOSERS = new Set(['"', "'", '’', '”', ')']);
const SENTENCE_END = new Set(['.', '!', '?']);
/** What a sentence may start with. */
const SENTENCE_START = /[A-Z0-9“"‘'(£]/;

/**
 * The sentences of one line of text. A sentence ends at ".", "!" or "?" (and any closing quotes or
 * brackets), followed by white space and a capital letter, digit or opening quote, so "£3.50" and "e.g. for"
 * stay whole.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const space of text.matchAll(/\s+/g)) {
    const at = space.index;
    const after = at + space[0].length;
    if (after >= text.length || !SENTENCE_START.test(text[after]!)) continue;
    let before = at - 1;
    while (before >= start && CLOSERS.has(text[before]!)) before--;
    if (before < start || !SENTENCE_END.has(text[before]!)) continue;
    sentences.push(text.slice(start, at));
    start = after;
  }
  sentences.push(text.slice(start));
  return sentences;
}

/**
 * The lines of a paragraph as one line: every run of white space that holds a line break becomes one
 * space, and a list item's "- " after it goes too.
 */
function joinLines(paragraph: string): string {
  let joined = '';
  let from = 0;
  const spaces = /\s+/g;
  for (let space = spaces.exec(paragraph); space; space = spaces.exec(paragraph)) {
    if (!space[0].includes('\n')) continue;
    joined += `${paragraph.slice(from, space.index)} `;
    from = space.index + space[0].length;
    if (paragraph.startsWith('- ', from)) from += 2;
    spaces.lastIndex = from;
  }
  return joined + paragraph.slice(from);
}

/** The most characters a heading has. */
const HEADING_MAX = 60;
/** Words a heading does not end with, though a line of a sentence broken in two often does. */
const JOINING_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'its',
  'my',
  'of',
  'on',
  'or',
  'our',
  'the',
  'their',
  'to',
  'with',
  'your',
]);

/**
 * True for a line that reads as a heading: short, starting with a capital letter or digit, with no full
 * stop or exclamation mark in it, and ending as headings do ("?", ":" or a word), not as a line of a
 * sentence broken in two does (a comma, a dash, "and", "in"…).
 */
function isHeading(line: string): boolean {
  if (line.length === 0 || line.length > HEADING_MAX || !/^[\p{Lu}\p{Nd}]/u.test(line)) return false;
  if (/[.!…;,]/.test(line) || /\?./.test(line) || /[–—-]$/.test(line)) return false;
  if (/[?:]$/.test(line)) return true;
  const lastWord = /[\p{L}\p{N}']+$/u.exec(line)?.[0];
  return lastWord !== undefined && !JOINING_WORDS.has(lastWord.toLowerCase());
}

/** A line that starts body text: the start of a sentence, not of a list item or of a sentence's second line. */
function startsBody(line: string): boolean {
  return /^[\p{Lu}\p{Nd}“"‘'(£]/u.test(line);
}

interface Line {
  readonly text: string;
  readonly paragraph: number;
  /** Where the line starts in its paragraph. */
  readonly offset: number;
}

/** A line of a list, as htmlToText writes one. */
function isListItem(line: string): boolean {
  return line.startsWith('- ');
}

/**
 * Where the body starts when the text starts with headings (an ORUK description often opens with
 * "About us" or "Who is it for?"): the number of lines before it, or 0 when the text does not start with
 * headings followed by sentences. A list under a heading ("Opening times", then the days) is passed over
 * too, but not one a lead-in introduces ("We can help with:"), which is the body itself.
 */
function headingLines(paragraphs: readonly string[]): number {
  const lines: Line[] = [];
  for (let index = 0; index < paragraphs.length && lines.length < 50; index++) {
    let offset = 0;
    for (const text of paragraphs[index]!.split('\n')) {
      lines.push({ text: text.trim(), paragraph: index, offset });
      offset += text.length + 1;
    }
  }
  let count = 0;
  let lastHeading = '';
  for (; count < lines.length; count++) {
    const text = lines[count]!.text;
    if (isHeading(text)) lastHeading = text;
    else if (!(count > 0 && isListItem(text) && !lastHeading.endsWith(':'))) break;
  }
  const body = lines[count];
  if (count === 0 || !body || !startsBody(body.text)) return 0;
  // The text after the headings must hold a sentence: without one, the headings are all there is to summarise.
  const hasSentence = /[.!?]/.test(paragraphs[body.paragraph]!.slice(body.offset)) || paragraphs.slice(body.paragraph + 1).some((part) => /[.!?]/.test(part));
  return hasSentence ? count : 0;
}

/** Whether a sentence ends as sentences do: ".", "!" or "?", then any closing quotes or brackets. */
function endsSentence(sentence: string): boolean {
  let end = sentence.length - 1;
  while (end >= 0 && CLOSERS.has(sentence[end]!)) end--;
  return end >= 0 && SENTENCE_END.has(sentence[end]!);
}

/**
 * Splits a description into a short summary and the rest. Only the first paragraph of body text feeds the
 * summary: a second paragraph usually starts another topic, and headings before it are not sentences
 * (they stay at the start of the rest). A first sentence longer than `max` is cut, and then the rest is
 * the whole text, so nothing is lost.
 */
export function splitSummary(text: string, max: number): SplitSummary {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const headings = headingLines(paragraphs);
  let headingText = '';
  let body = paragraphs;
  if (headings > 0) {
    // The heading lines, with their line and paragraph breaks, and the body from the line after them.
    const heads: string[][] = [];
    let taken = 0;
    let index = 0;
    let bodyStart = '';
    for (; index < paragraphs.length; index++) {
      const lines = paragraphs[index]!.split('\n');
      const room = headings - taken;
      if (lines.length > room) {
        if (room > 0) heads.push(lines.slice(0, room));
        bodyStart = lines.slice(room).join('\n').trim();
        break;
      }
      heads.push(lines);
      taken += lines.length;
    }
    headingText = heads.map((lines) => lines.map((line) => line.trim()).join('\n')).join('\n\n');
    body = [bodyStart, ...paragraphs.slice(index + 1)];
  }
  const first = joinLines(body[0] ?? '');
  const sentences = splitSentences(first);
  let summary = '';
  let used = 0;
  for (const sentence of sentences) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (summary && next.length > SUMMARY_TARGET) break;
    // After headings, a summary is whole sentences: a paragraph's unfinished last words stay in the rest.
    if (headings > 0 && summary && !endsSentence(sentence)) break;
    summary = next;
    used++;
  }
  // A paragraph with no full stop at all is still one thought: end it as a sentence.
  if (headings > 0 && summary && !endsSentence(summary)) summary = `${summary.replace(/[\s,;:–—-]+$/, '')}.`;
  const found = headings > 0 ? { headings } : {};
  if (summary.length > max) return { summary: clip(summary, max), rest: text.trim(), ...found };
  const restOfFirst = sentences.slice(used).join(' ');
  return { summary, rest: [headingText, restOfFirst, ...body.slice(1)].filter(Boolean).join('\n\n'), ...found };
}

/**
 * Fitting feed text into our length limits without cutting words in half, and the short summary an item
 * needs (a directory's description is often several paragraphs; the offer shows one or two sentences).
 */

/** The text, or its start cut at a word boundary and ended with "…", within `max` characters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const boundary = room.search(/\s\S*$/);
  const cut = boundary > max * 0.6 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A summary wants about this many characters: a sentence or two. */
const SUMMARY_TARGET = 240;

export interface SplitSummary {
  /** The first sentence, and the next ones while the whole stays short. */
  readonly summary: string;
  /** The rest of the text, for an item's details; empty when the summary holds it all. */
  readonly rest: string;
}

/**
 * Splits a description into a short summary and the rest. Only the first paragraph feeds the summary: a
 * second paragraph usually starts another topic. A first sentence longer than `max` is cut, and then the
 * rest is the whole text, so nothing is lost.
 */
export function splitSummary(text: string, max: number): SplitSummary {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const first = (paragraphs[0] ?? '').replace(/\s*\n\s*(?:- )?/g, ' ');
  // A sentence ends at . ! or ? followed by a space and a capital letter or digit, so "£3.50" stays whole.
  const sentences = first.split(/(?<=[.!?]["'’”)]*)\s+(?=[A-Z0-9“"‘'(£])/);
  let summary = '';
  let used = 0;
  for (const sentence of sentences) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (summary && next.length > SUMMARY_TARGET) break;
    summary = next;
    used++;
  }
  if (summary.length > max) return { summary: clip(summary, max), rest: text.trim() };
  const restOfFirst = sentences.slice(used).join(' ');
  return { summary, rest: [restOfFirst, ...paragraphs.slice(1)].filter(Boolean).join('\n\n') };
}

/**
 * Whether text holds HTML: a tag ("<b>", "</p>", "<br/>"), the start of a comment ("<!--") or a character
 * reference ("&amp;", "&#39;", "&#x27;"). Used where plain text is expected, to warn about markup (schema
 * cross-checks) or to say it was converted (the ORUK import).
 *
 * It answers as the regular expression
 *
 *     /<\/?[a-zA-Z][^>]*>|<!--|&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/
 *
 * does, in one pass. That expression (and any like it) backtracks: on "<a<a<a…" every "<" scans to the end
 * of the text looking for a ">", so a few megabytes of hostile text would take hours.
 */

const SLASH = 0x2f;
const HASH = 0x23;
const SEMICOLON = 0x3b;

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** The index after a run of characters that pass `test`, from `start`. */
function skip(text: string, start: number, test: (code: number) => boolean): number {
  let index = start;
  while (index < text.length && test(text.charCodeAt(index))) index++;
  return index;
}

/**
 * True when a tag starts at `index` (a "<"): "<" or "</", then a letter, with a ">" somewhere after the
 * letter. `lastClose` is the index of the last ">" in the text, so the search for one costs nothing.
 */
function tagAt(text: string, index: number, lastClose: number): boolean {
  const letter = text.charCodeAt(index + 1) === SLASH ? index + 2 : index + 1;
  return letter < lastClose && isLetter(text.charCodeAt(letter));
}

/** True when a character reference starts at `index` (an "&"): "&name;", "&#123;" or "&#x1F;". */
function referenceAt(text: string, index: number): boolean {
  let end: number;
  const first = index + 1;
  if (text.charCodeAt(first) === HASH) {
    const marker = text.charCodeAt(first + 1);
    if (marker === 0x78 || marker === 0x58) {
      end = skip(text, first + 2, isHexDigit);
      if (end === first + 2) return false;
    } else {
      end = skip(text, first + 1, isDigit);
      if (end === first + 1) return false;
    }
  } else {
    if (!isLetter(text.charCodeAt(first))) return false;
    end = skip(text, first + 1, (code) => isLetter(code) || isDigit(code));
  }
  return text.charCodeAt(end) === SEMICOLON;
}

/** True when the text holds a tag, a comment or a character reference; in time linear in its length. */
export function looksLikeHtml(text: string): boolean {
  if (text.includes('<')) {
    if (text.includes('<!--')) return true;
    const lastClose = text.lastIndexOf('>');
    for (let index = text.indexOf('<'); index !== -1 && index < lastClose; index = text.indexOf('<', index + 1)) {
      if (tagAt(text, index, lastClose)) return true;
    }
  }
  // Each scan stops at the first character that cannot be part of a reference, which is never an "&" it
  // skipped, so no character is read twice.
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    if (referenceAt(text, index)) return true;
  }
  return false;
}

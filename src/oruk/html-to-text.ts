/**
 * HTML from directory feeds to the plain text our schema holds. Feeds put rich text (and sometimes
 * scripts) in `description`; the offer must never carry markup, because elements print text as text and a
 * young person would see the tags. Paragraphs and line breaks survive as line breaks, list items as "- ".
 *
 * Feed text is untrusted and can be megabytes long, so every expression here runs in linear time: none can
 * backtrack over the same characters from each of many starting points.
 */
import { looksLikeHtml } from '../text/looks-like-html.js';

export { looksLikeHtml };

/** Elements whose content is never text a reader should see. */
const HIDDEN_ELEMENTS = ['script', 'style', 'head', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title'];

/** Elements that start a new line of text. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements after which a blank line separates paragraphs. */
const PARAGRAPH_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'dl', 'pre', 'hr']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  pound: '£',
  euro: '€',
  cent: '¢',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  micro: 'µ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  sect: '§',
  para: '¶',
  dagger: '†',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  iexcl: '¡',
  iquest: '¿',
  shy: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
  Aacute: 'Á',
  Agrave: 'À',
  Acirc: 'Â',
  Auml: 'Ä',
  Eacute: 'É',
  Egrave: 'È',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  Oslash: 'Ø',
  Aring: 'Å',
  AElig: 'Æ',
};

/**
 * A tag, allowing ">" inside quoted attribute values. A bare "<" ends the search, so a long run of
 * unclosed tags costs linear time, not quadratic. The name must end where the letters do: otherwise the
 * attributes, which may hold letters too, could take back its end one letter at a time ("<aaaa…").
 */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

/** A hidden element and everything in it; an unclosed one hides the rest of the text, as in a browser. */
const HIDDEN = new RegExp(`<(${HIDDEN_ELEMENTS.join('|')})\\b(?:[^<>"']|"[^"<]*"|'[^'<]*')*>[\\s\\S]*?(?:</\\1\\s*>|$)`, 'gi');

function removeHidden(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, ' ')
    .replace(/<![^<>]*>/g, ' ')
    .replace(HIDDEN, ' ');
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      // Control characters and invalid code points would only garble the text.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code < 32 && code !== 9 && code !== 10 && code !== 13)) return '';
      return String.fromCodePoint(code);
    }
    const decoded = NAMED_ENTITIES[name!];
    // "&" followed by letters is common in real text ("Tom&Jerry"); leave what is not an entity alone.
    return decoded ?? whole;
  });
}

function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  return removeHidden(html).replace(TAG, (tag: string, name: string) => {
    const element = name.toLowerCase();
    if (element === 'li') return tag.startsWith('</') ? '' : '\n- ';
    if (PARAGRAPH_ELEMENTS.has(element)) return '\n\n';
    return BLOCK_ELEMENTS.has(element) ? '\n' : '';
  });
}

function tidyWhiteSpace(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\t\f\v\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what this line removes
      .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b\ufeff]/g, '')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^- *$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/**
 * The text on one line: every run of white space that holds a line break becomes one space. Replacing
 * "white space, a line break, white space" would do the same, but would scan a long run of other white
 * space (such as U+2028) again from each of its characters.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
}

/**
 * Plain text from HTML (or from text that is already plain, which passes through with its white space
 * tidied). Text that was escaped twice ("&lt;p&gt;") is unwrapped again, so no markup survives.
 */
export function htmlToText(html: string): string {
  let text = html;
  for (let pass = 0; pass < 3; pass++) {
    const next = decodeEntities(stripTags(text));
    if (next === text) break;
    text = next;
    if (!looksLikeHtml(text)) break;
  }
  // Whatever is left that still looks like a tag (a stray "<p" cut off mid-tag) goes too.
  return tidyWhiteSpace(text.replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^<>]*)?(?:>|$)/g, ' ').replace(/<!--/g, ' '));
}

/** The same text on one line: for titles, names and other short fields. */
export function htmlToLine(html: string): string {
  // After htmlToText no more than two line breaks are ever together, so "\n+" cannot backtrack far.
  return oneLine(htmlToText(html).replace(/\n+- /g, ', ')).trim();
}

/**
 * Plain words for the JSON slips people make by hand: a comma after the last item, a missing comma, single
 * quotes, a property name without quotes. The parser names what it expected where it stopped, which is
 * often a line after the slip; these name the slip, where it is.
 */

export interface SyntaxHint {
  /** Where the slip is, as an offset in the text. */
  readonly offset: number;
  /** A sentence or two, with the fix. */
  readonly message: string;
}

/** The offset of the last character before `offset` that is not white space, or -1. */
function previousToken(text: string, offset: number): number {
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text[at]!)) at--;
  return at;
}

/** `code` is jsonc-parser's name for the error, such as "CommaExpected"; `offset` is where it stopped. */
export function syntaxHint(text: string, code: string, offset: number): SyntaxHint | undefined {
  const here = text[offset];
  const before = previousToken(text, offset);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (here === '}' || here === ']') && text[before] === ',') {
    return { offset: before, message: 'There is a comma after the last item: remove it (JSON allows no comma before } or ])' };
  }
  if (code === 'CommaExpected' && before >= 0) {
    return { offset: before + 1, message: 'A comma is missing here, between two items: add one' };
  }
  if (here === "'") {
    const close = text.indexOf("'", offset + 1);
    const inner = close > offset && !text.slice(offset + 1, close).includes('\n') ? text.slice(offset + 1, close) : undefined;
    return {
      offset,
      message:
        inner === undefined
          ? `Text must be in double quotes ("), not single quotes (')`
          : `Text must be in double quotes: write ${JSON.stringify(inner)}, not '${inner}'`,
    };
  }
  const bare = /^[A-Za-z_$][\w$-]*(?=\s*:)/.exec(text.slice(offset, offset + 200));
  if (code === 'InvalidSymbol' && bare && (text[before] === '{' || text[before] === ',')) {
    return { offset, message: `Property names must be in double quotes: write "${bare[0]}", not ${bare[0]}` };
  }
  return undefined;
}

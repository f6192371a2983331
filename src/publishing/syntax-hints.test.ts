import { expect } from '@open-wc/testing';
import { syntaxHint } from './syntax-hints.js';

/** The hint for the first error jsonc-parser reports, with where it points as the text from there on. */
function hint(text: string, code: string, at: string) {
  const found = syntaxHint(text, code, text.indexOf(at));
  return found && { message: found.message, from: text.slice(found.offset) };
}

describe('plain words for JSON slips', () => {
  const trailing = 'There is a comma after the last item: remove it (JSON allows no comma before } or ])';

  it('names a comma after the last item, and points at the comma', () => {
    expect(hint('{"a": 1,}', 'PropertyNameExpected', '}')).to.deep.equal({ message: trailing, from: ',}' });
    expect(hint('[1, 2,\n  ]', 'ValueExpected', ']')).to.deep.equal({ message: trailing, from: ',\n  ]' });
  });

  it('names a missing comma, and points where it goes: after the item before', () => {
    expect(hint('{"a": 1\n  "b": 2}', 'CommaExpected', '"b"')).to.deep.equal({
      message: 'A comma is missing here, between two items: add one',
      from: '\n  "b": 2}',
    });
  });

  it('names single quotes, with the text in double quotes', () => {
    expect(hint("{'name': 1}", 'InvalidSymbol', "'")?.message).to.equal(`Text must be in double quotes: write "name", not 'name'`);
    expect(hint(`{"a": 'it\n'}`, 'InvalidSymbol', "'")?.message).to.equal(`Text must be in double quotes ("), not single quotes (')`);
  });

  it('names a property name without quotes', () => {
    expect(hint('{"a": 1, name: 2}', 'InvalidSymbol', 'name')?.message).to.equal('Property names must be in double quotes: write "name", not name');
  });

  it('leaves other errors to the parser, such as a value missing after a colon', () => {
    expect(hint('{"id": ,\n}', 'ValueExpected', ',')).to.equal(undefined);
    expect(hint('{"a": tru}', 'InvalidSymbol', 'tru')).to.equal(undefined);
  });
});

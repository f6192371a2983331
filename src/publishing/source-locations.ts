/**
 * Finds where a JSON Pointer or a syntax error sits in the source text, as 1-based line and column, so a
 * publisher can jump straight to it in an editor.
 */
import * as jsonc from 'jsonc-parser';
import { fromPointer, toPointer } from '../schema/issues.js';
import { syntaxHint } from './syntax-hints.js';

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is not written correctly',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma between items',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the list',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape is not valid',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a control character (such as a tab or line break) must be escaped inside a string',
};

export class SourceText {
  private readonly lineStarts: number[] = [0];
  private tree: jsonc.Node | undefined | null = null;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  positionOf(offset: number): SourcePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  /**
   * The first syntax error, located and in plain words; undefined when the text is valid JSON. `plain` is
   * true when the message is whole sentences naming the slip, rather than what the parser expected.
   */
  firstSyntaxError(): { position: SourcePosition; message: string; plain?: boolean } | undefined {
    const errors: jsonc.ParseError[] = [];
    try {
      jsonc.parse(this.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      return undefined;
    }
    const first = errors[0];
    if (!first) return undefined;
    const name = jsonc.printParseErrorCode(first.error);
    const hint = syntaxHint(this.text, name, first.offset);
    if (hint) return { position: this.positionOf(hint.offset), message: hint.message, plain: true };
    return { position: this.positionOf(first.offset), message: SYNTAX_MESSAGES[name] ?? name };
  }

  /**
   * Properties written twice in one object: JSON.parse keeps the last silently, so a publisher who edited
   * the first copy would see no change. Each is given by its pointer and where the later copy starts.
   */
  duplicateKeys(): { pointer: string; position: SourcePosition }[] {
    const found: { pointer: string; position: SourcePosition }[] = [];
    const stack: { keys: Set<string> | undefined; index: number }[] = [];
    const path: (string | number)[] = [];
    const enterValue = () => {
      const top = stack[stack.length - 1];
      if (top && top.keys === undefined) path.push(top.index++);
    };
    const leaveValue = () => {
      const top = stack[stack.length - 1];
      if (top) path.pop();
    };
    try {
      jsonc.visit(
        this.text,
        {
          onObjectBegin: () => {
            enterValue();
            stack.push({ keys: new Set(), index: 0 });
          },
          onObjectProperty: (property, offset) => {
            const top = stack[stack.length - 1]!;
            if (top.keys!.has(property)) found.push({ pointer: toPointer([...path, property]), position: this.positionOf(offset) });
            top.keys!.add(property);
            path.push(property);
          },
          onObjectEnd: () => {
            stack.pop();
            leaveValue();
          },
          onArrayBegin: () => {
            enterValue();
            stack.push({ keys: undefined, index: 0 });
          },
          onArrayEnd: () => {
            stack.pop();
            leaveValue();
          },
          onLiteralValue: () => {
            enterValue();
            leaveValue();
          },
        },
        { disallowComments: true },
      );
    } catch {
      // Nesting too deep to walk: the schema check reports the file; duplicates are a nicety.
    }
    return found;
  }

  /** Where the value at a pointer starts; for a missing value, where its nearest existing parent starts. */
  locate(pointer: string): SourcePosition {
    if (this.tree === null) {
      try {
        this.tree = jsonc.parseTree(this.text, [], { disallowComments: true });
      } catch {
        this.tree = undefined; // nesting too deep for the locator: fall back to the start of the file
      }
    }
    let node = this.tree;
    if (!node) return { line: 1, column: 1 };
    for (const segment of fromPointer(pointer)) {
      const child = childOf(node, segment);
      if (!child) break;
      node = child;
    }
    return this.positionOf(node.offset);
  }
}

function childOf(node: jsonc.Node, segment: string): jsonc.Node | undefined {
  if (node.type === 'array') return /^\d+$/.test(segment) ? node.children?.[Number(segment)] : undefined;
  if (node.type !== 'object') return undefined;
  const property = node.children?.find((member) => member.children?.[0]?.value === segment);
  return property?.children?.[1];
}

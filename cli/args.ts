/**
 * Command-line arguments, read with node:util's parseArgs. parseArgs splits the words (`--name=value`,
 * `-o file`, `-ofile`, `--` before names that start with a dash); the checks and their messages are ours, so
 * every mistake is a usage error that names the option as it was typed.
 */
import { parseArgs } from 'node:util';

/** A mistake in how the command was called: the caller prints it with the command's usage, exit 2. */
export class UsageError extends Error {
  /** The option as typed, when the mistake is an option the command does not have. */
  readonly unknownOption: string | undefined;
  constructor(message: string, unknownOption?: string) {
    super(message);
    this.unknownOption = unknownOption;
  }
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValues<T extends OptionSpecs> = { -readonly [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

export interface ParsedArgs<T extends OptionSpecs> {
  readonly values: OptionValues<T>;
  readonly positionals: readonly string[];
}

/**
 * Reads `args` against `options` (keyed by long name). Throws a UsageError for an unknown option, a value
 * option with no value (or with the next option in its place), a value given to a switch, and a value option
 * given twice.
 */
export function readArgs<const T extends OptionSpecs>(args: readonly string[], options: T): ParsedArgs<T> {
  const { tokens } = parseArgs({ args: [...args], options: { ...options }, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) throw new UsageError(`unknown option ${token.rawName}`, token.rawName);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    // "--from -o x": without "=", a value that looks like an option is the next option, not this one's value.
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) throw new UsageError(`${token.rawName} needs a value`);
    if (values[token.name] !== undefined) throw new UsageError(`${token.rawName} is given twice`);
    values[token.name] = value;
  }
  return { values: values as OptionValues<T>, positionals };
}

/** Whether the words ask for help (`-h` or `--help`, not after `--`), whatever else they hold. */
export function asksForHelp(args: readonly string[]): boolean {
  const { tokens } = parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, strict: false, allowPositionals: true, tokens: true });
  return tokens.some((token) => token.kind === 'option' && token.name === 'help');
}

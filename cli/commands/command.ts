/**
 * What a command of `local-offer` is, so the dispatcher can list, explain and run every command the same
 * way. A new command is a module that exports one `defineCommand(…)` and a line in commands/index.ts.
 */
import { asksForHelp, UsageError } from '../args.js';
import type { CliIo } from '../io.js';

export interface Command {
  /** The word after `local-offer`, such as "validate". */
  readonly name: string;
  /** One line for `local-offer --help`. */
  readonly summary: string;
  /** Each way to call it, after `local-offer `, for the usage lines. */
  readonly synopsis: readonly string[];
  /** `local-offer <name> --help`: the usage lines, what it does, its options and exit codes. */
  readonly help: string;
  /** Runs it; the exit code: 0 valid, 1 invalid, 2 a usage error or a file that cannot be read. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly synopsis: readonly string[];
  /** Everything after the usage lines: what it does, its options, its exit codes. */
  readonly description: string;
  /** Runs the command; throws a UsageError for a mistake in the arguments. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** `Usage: local-offer a` with every further way to call it aligned under the first. */
export function usageLines(synopsis: readonly string[]): string {
  return synopsis.map((line, index) => `${index === 0 ? 'Usage: ' : '       '}local-offer ${line}`).join('\n');
}

/**
 * Makes a command from its spec: `-h`/`--help` anywhere prints its help (exit 0), and a UsageError is printed
 * as `local-offer <name>: <message>`, a blank line and the command's help (exit 2).
 */
export function defineCommand(spec: CommandSpec): Command {
  const help = `${usageLines(spec.synopsis)}\n\n${spec.description}`;
  return {
    name: spec.name,
    summary: spec.summary,
    synopsis: spec.synopsis,
    help,
    async run(args, io) {
      if (asksForHelp(args)) {
        io.out(help);
        return 0;
      }
      try {
        return await spec.run(args, io);
      } catch (cause) {
        if (!(cause instanceof UsageError)) throw cause;
        io.err(`local-offer ${spec.name}: ${cause.message}\n\n${help}`);
        return 2;
      }
    },
  };
}

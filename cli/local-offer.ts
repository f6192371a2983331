/**
 * The publishers' command-line tool: finds the command and runs it. Each command is a module in commands/,
 * listed in commands/index.ts. Every failure is a plain message and an exit code, never a stack trace:
 * 0 valid, 1 invalid, 2 usage error or unreadable file.
 */
import { readArgs, UsageError } from './args.js';
import { usageLines } from './commands/command.js';
import { COMMANDS, type Command } from './commands/index.js';
import type { CliIo } from './io.js';
import { versionText } from './version.js';

export type { CliIo } from './io.js';
export type { Command } from './commands/index.js';

const OPTIONS = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } } as const;

/** `local-offer --help`: how to call every command, what each does, and the options that are not a command's. */
export function usage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `${usageLines([...commands.flatMap((command) => command.synopsis), '<command> --help', '--version'])}

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  -h, --help   show this help; after a command, the help for that command and its options
  --version    show the version of local-offer and the schema versions it reads

Exit codes: 0 valid (warnings allowed); 1 invalid; 2 a usage error or a file that cannot be read.`;
}

function find(name: string, commands: readonly Command[]): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command;
}

/** The options before any command; a command's own option there is pointed after the command. */
function readGlobalArgs(argv: readonly string[], commands: readonly Command[]) {
  try {
    return readArgs(argv, OPTIONS);
  } catch (cause) {
    if (cause instanceof UsageError && cause.unknownOption !== undefined && commands.length > 0)
      throw new UsageError(`${cause.message}: a command's options go after it, as in "local-offer ${commands[0]!.name} ${cause.unknownOption}"`);
    throw cause;
  }
}

/** `local-offer`, `local-offer help [command]`, `local-offer --help [command]` and `--version`. */
async function runWithoutCommand(argv: readonly string[], io: CliIo, commands: readonly Command[]): Promise<number> {
  if (argv.length === 0) {
    io.err(usage(commands));
    return 2;
  }
  const [first, ...rest] = argv;
  const { values, positionals } = first === 'help' ? { values: { help: true, version: undefined }, positionals: rest } : readGlobalArgs(argv, commands);
  if (values.help) {
    if (positionals.length > 1) throw new UsageError(`ask for the help of one command, not ${positionals.length}`);
    io.out(positionals[0] === undefined ? usage(commands) : find(positionals[0], commands).help);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`write the command first, then its options: local-offer ${positionals[0]} …`);
  if (!values.version) throw new UsageError('name a command');
  io.out(await versionText());
  return 0;
}

export async function main(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === 'help' || name.startsWith('-')) return await runWithoutCommand(argv, io, commands);
    return await find(name, commands).run(rest, io);
  } catch (cause) {
    if (cause instanceof UsageError) {
      io.err(`local-offer: ${cause.message}\n\n${usage(commands)}`);
      return 2;
    }
    io.err(`local-offer: internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
    return 2;
  }
}

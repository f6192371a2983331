/**
 * The publishers' command-line tool. Every failure is a plain message and an exit code, never a stack trace:
 * 0 valid, 1 invalid, 2 usage error or unreadable file.
 */
import { SCHEMA_VERSION } from '../src/schema/schema-version.js';
import { convert } from './convert.js';
import { expandPaths, validateFile, type FileReport } from './validate.js';

const USAGE = `Usage: local-offer validate [--json] <file-or-folder>...
       local-offer convert --from oruk <services.json> [-o offer.json] [--care-leavers-only]
       local-offer convert --to oruk <offer.json> [-o services.json]

validate  checks Local Offer for Care Leavers files (offers and directories, schema ${SCHEMA_VERSION});
          folders are searched for .json files.
convert   turns an Open Referral UK service directory into an offer, or an offer into ORUK 3.0
          services (local-offer convert --help for its options).

Options for validate:
  --json      print the results as JSON
  --help      show this help
  --version   show the schema version this tool reads`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function printText(reports: readonly FileReport[], io: CliIo): void {
  for (const report of reports) {
    // In file order, so a publisher can work down the file.
    for (const issue of [...report.issues].sort((a, b) => a.line - b.line || a.column - b.column)) {
      io.out(`${report.file}:${issue.line}:${issue.column}  ${issue.path || '(root)'}  ${issue.severity}: ${issue.message}`);
    }
  }
  const invalid = reports.filter((report) => !report.valid).length;
  const errors = reports.reduce((sum, r) => sum + r.issues.filter((i) => i.severity === 'error').length, 0);
  const warnings = reports.reduce((sum, r) => sum + r.issues.filter((i) => i.severity === 'warning').length, 0);
  io.out(
    `${plural(reports.length, 'file')} checked: ${reports.length - invalid} valid, ${invalid} invalid (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  );
}

async function validate(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const paths = args.filter((arg) => arg !== '--json');
  const unknownOption = paths.find((arg) => arg.startsWith('--'));
  if (unknownOption) {
    io.err(`local-offer validate: unknown option ${unknownOption}\n\n${USAGE}`);
    return 2;
  }
  if (paths.length === 0) {
    io.err(`local-offer validate: name at least one file or folder\n\n${USAGE}`);
    return 2;
  }
  const { files, unreadable } = await expandPaths(paths);
  if (files.length === 0 && unreadable.length === 0) {
    io.err(`local-offer validate: no .json files found in ${paths.join(', ')}`);
    return 2;
  }
  const reports = [...unreadable];
  for (const file of files) reports.push(await validateFile(file));
  if (json) {
    io.out(JSON.stringify({ schemaVersion: SCHEMA_VERSION, valid: reports.every((r) => r.valid), files: reports }, null, 2));
  } else {
    printText(reports, io);
  }
  if (reports.some((report) => report.kind === 'unreadable')) return 2;
  return reports.every((report) => report.valid) ? 0 : 1;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.err : io.out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out(SCHEMA_VERSION);
      return 0;
    }
    if (command === 'validate') return await validate(rest, io);
    if (command === 'convert') return await convert(rest, io);
    io.err(`local-offer: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  } catch (cause) {
    io.err(`local-offer: internal error: ${cause instanceof Error ? cause.message : String(cause)}`);
    return 2;
  }
}

/**
 * `local-offer validate`: checks offer and directory files with the same schema code the elements use,
 * and reports each issue where an editor can jump to it.
 */
import { validateSource, type LocatedIssue } from '../../src/publishing/validate-source.js';
import { SCHEMA_VERSION } from '../../src/schema/schema-version.js';
import { readArgs, UsageError } from '../args.js';
import { displayPath, plural, readTextFile, type CliIo } from '../io.js';
import { findJsonFiles, type WalkProblem } from '../walk.js';
import { READS } from '../version.js';
import { defineCommand } from './command.js';

export interface FileReport {
  readonly file: string;
  /** What the file was read as; "unreadable" when it (or the folder named by `file`) could not be read. */
  readonly kind: 'offer' | 'directory' | 'unreadable';
  readonly valid: boolean;
  readonly issues: readonly LocatedIssue[];
}

export function validateText(file: string, raw: string): FileReport {
  const { kind, valid, issues } = validateSource(raw);
  return { file, kind, valid, issues };
}

/** A file or folder that could not be read: one error at 1:1, `Cannot read the file: <reason>`. */
function unreadableReport(file: string, reason: string, what: WalkProblem['what'] = 'file'): FileReport {
  return {
    file,
    kind: 'unreadable',
    valid: false,
    issues: [{ path: '', message: `Cannot read the ${what}: ${reason}`, severity: 'error', line: 1, column: 1 }],
  };
}

export async function validateFile(file: string): Promise<FileReport> {
  const read = await readTextFile(file);
  if (!read.ok) return unreadableReport(file, read.reason);
  const report = validateText(file, read.text);
  if (!read.notUtf8) return report;
  const note: LocatedIssue = {
    path: '',
    message: 'The file is not all UTF-8: some characters could not be read and show as "�"; save it as UTF-8',
    severity: 'warning',
    line: 1,
    column: 1,
  };
  return { ...report, issues: [note, ...report.issues] };
}

/** Every issue as `file:line:col  /pointer  severity: message`, in file order, then the summary line. */
function printText(reports: readonly FileReport[], folders: readonly FileReport[], io: CliIo): void {
  for (const report of [...folders, ...reports]) {
    const file = displayPath(report.file);
    // In file order, so a publisher can work down the file.
    for (const issue of [...report.issues].sort((a, b) => a.line - b.line || a.column - b.column)) {
      io.out(`${file}:${issue.line}:${issue.column}  ${issue.path || '(root)'}  ${issue.severity}: ${issue.message}`);
    }
  }
  const invalid = reports.filter((report) => !report.valid).length;
  const errors = reports.reduce((sum, r) => sum + r.issues.filter((i) => i.severity === 'error').length, 0);
  const warnings = reports.reduce((sum, r) => sum + r.issues.filter((i) => i.severity === 'warning').length, 0);
  const unlisted = folders.length > 0 ? `; ${plural(folders.length, 'folder')} could not be read` : '';
  io.out(
    `${plural(reports.length, 'file')} checked: ${reports.length - invalid} valid, ${invalid} invalid (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${unlisted}`,
  );
}

const OPTIONS = { json: { type: 'boolean' } } as const;

export const validate = defineCommand({
  name: 'validate',
  summary: `checks offers and directories (schema ${SCHEMA_VERSION}); folders are searched for .json files`,
  synopsis: ['validate [--json] <file-or-folder>...'],
  description: `Checks Local Offer for Care Leavers files, offers and directories, with the code the elements use
(schema ${SCHEMA_VERSION}; reads ${READS}). Folders are searched for .json files, skipping hidden folders and
node_modules; each file is checked once, however many links lead to it.

Every problem is one line, "file:line:col  /json/pointer  severity: message", then a summary line. A file
name holding a line break or another control character is printed as a JSON string.

Options:
  --json        print the results as JSON
  -h, --help    show this help

Exit codes: 0 every file is valid (warnings allowed); 1 a file is not valid; 2 a usage error, or a file or
folder that cannot be read, or a named file that is not a regular file (such as a pipe). Every other file
is still checked and reported.`,
  async run(args, io) {
    const { values, positionals: paths } = readArgs(args, OPTIONS);
    if (paths.length === 0) throw new UsageError('name at least one file or folder');
    const { files, problems } = await findJsonFiles(paths);
    if (files.length === 0 && problems.length === 0) {
      io.err(`local-offer validate: no .json files found in ${paths.map(displayPath).join(', ')}`);
      return 2;
    }
    const unreadable = (what: WalkProblem['what']) =>
      problems.filter((problem) => problem.what === what).map((problem) => unreadableReport(problem.path, problem.reason, what));
    const folders = unreadable('folder');
    const reports = unreadable('file');
    for (const file of files) reports.push(await validateFile(file));
    const all = [...folders, ...reports];
    if (values.json) {
      // A folder that cannot be read is listed with the files, as "unreadable", so a machine sees every problem.
      io.out(JSON.stringify({ schemaVersion: SCHEMA_VERSION, valid: all.every((r) => r.valid), files: all }, null, 2));
    } else {
      printText(reports, folders, io);
    }
    if (all.some((report) => report.kind === 'unreadable')) return 2;
    return all.every((report) => report.valid) ? 0 : 1;
  },
});

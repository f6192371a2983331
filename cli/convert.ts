/**
 * `local-offer convert`: Open Referral UK in and out. `--from oruk` turns a council's service directory
 * into an offer to check and publish; `--to oruk` publishes an offer to directories. The converted file
 * goes to -o (or standard output); the report of every field goes to standard error, so the two never mix.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { NATIONAL_ENTITLEMENT_IDS } from '../src/entitlements/national-catalogue.js';
import { fromOruk, toOruk, type ConversionReport } from '../src/oruk/index.js';
import { councilByCode } from '../src/places/council-registry.js';
import type { ValidationIssue } from '../src/schema/issues.js';
import { parseJsonText, parseOffer } from '../src/schema/parse.js';
import type { CliIo } from './local-offer.js';

const USAGE = `Usage: local-offer convert --from oruk <services.json> [options] [-o <offer.json>]
       local-offer convert --to oruk <offer.json> [-o <services.json>]

Converts between Open Referral UK (ORUK) service directories and Local Offer files.

  --from oruk   reads an ORUK 1.0 or 3.0 /services response (a page, a list of services, one service,
                or an organization with its services) and writes an offer.
  --to oruk     reads an offer and writes ORUK 3.0 services (UK profile) as one /services page.

A report of what was mapped, assumed and dropped, field by field, goes to standard error.

Options:
  -o, --output <file>     write the result to this file (default: standard output)
  --care-leavers-only     keep only services that say they are for care leavers (--from)
  --id <slug>             the offer's id, such as "nottinghamshire" (--from)
  --title <text>          the offer's title (--from)
  --publisher <name>      the publisher's name (--from)
  --council-code <code>   the publisher's GSS code, such as "E10000024" (--from)
  --quiet                 print only the summary line, not the report
  --help                  show this help

Exit codes: 0 converted; 1 the result, or the offer read by --to, is not valid; 2 a usage error or a file
that cannot be read. The mapping is described in docs/oruk.md.`;

const VALUE_OPTIONS = new Map([
  ['--from', 'from'],
  ['--to', 'to'],
  ['-o', 'output'],
  ['--output', 'output'],
  ['--id', 'id'],
  ['--title', 'title'],
  ['--publisher', 'publisher'],
  ['--council-code', 'councilCode'],
] as const);

type ValueOption = 'from' | 'to' | 'output' | 'id' | 'title' | 'publisher' | 'councilCode';

interface ConvertArgs {
  values: Partial<Record<ValueOption, string>>;
  files: string[];
  careLeaversOnly: boolean;
  quiet: boolean;
  help: boolean;
}

class UsageError extends Error {}

function readArgs(args: readonly string[]): ConvertArgs {
  const parsed: ConvertArgs = { values: {}, files: [], careLeaversOnly: false, quiet: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (arg === '--care-leavers-only') {
      parsed.careLeaversOnly = true;
      continue;
    }
    if (arg === '--quiet') {
      parsed.quiet = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const option = VALUE_OPTIONS.get(name as never);
    if (option) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) throw new UsageError(`${name} needs a value`);
      if (parsed.values[option] !== undefined) throw new UsageError(`${name} is given twice`);
      parsed.values[option] = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    parsed.files.push(arg);
  }
  return parsed;
}

/** Checks the combination of options, returning the one file to convert. */
function checkArgs(parsed: ConvertArgs): string {
  const { from, to, id, title, publisher, councilCode } = parsed.values;
  if (from !== undefined && to !== undefined) throw new UsageError('give --from or --to, not both');
  if (from === undefined && to === undefined) throw new UsageError('say which way to convert: --from oruk or --to oruk');
  const format = from ?? to;
  if (format!.toLowerCase() !== 'oruk')
    throw new UsageError(`unknown format "${format}" for ${from !== undefined ? '--from' : '--to'}: the only format is "oruk"`);
  if (parsed.files.length === 0) throw new UsageError('name the file to convert');
  if (parsed.files.length > 1) throw new UsageError(`name one file to convert, not ${parsed.files.length}`);
  if (to !== undefined) {
    const fromOnly = [
      parsed.careLeaversOnly && '--care-leavers-only',
      id !== undefined && '--id',
      title !== undefined && '--title',
      publisher !== undefined && '--publisher',
      councilCode !== undefined && '--council-code',
    ].filter(Boolean);
    if (fromOnly.length > 0)
      throw new UsageError(`${fromOnly.join(', ')} only ${fromOnly.length > 1 ? 'apply' : 'applies'} with --from: an offer already has them`);
  }
  if (id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`--id "${id}" must be a lower-case slug such as "nottinghamshire"`);
  if (title !== undefined && title.trim() === '') throw new UsageError('--title must not be empty');
  if (publisher !== undefined && publisher.trim() === '') throw new UsageError('--publisher must not be empty');
  if (councilCode !== undefined && !councilByCode(councilCode))
    throw new UsageError(`--council-code "${councilCode}" is not the GSS code of a council in England, such as "E10000024"`);
  return parsed.files[0]!;
}

function reasonOf(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return cause instanceof Error ? cause.message.split('\n')[0]! : String(cause);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Reads a JSON file, or says in one line why it cannot be read. */
async function readJson(file: string): Promise<{ value: unknown } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    return { problem: `cannot read ${file}: ${reasonOf(cause)}` };
  }
  const json = parseJsonText(text);
  if (!json.ok) return { problem: `${file}: ${json.issues[0]!.message.replace(/\s*\n\s*/g, ' ')}` };
  return { value: json.value };
}

/** Writes the result, or says in one line why it could not be written. */
async function writeResult(text: string, output: string | undefined, io: CliIo): Promise<string | undefined> {
  if (output === undefined || output === '-') {
    io.out(text);
    return undefined;
  }
  try {
    await writeFile(output, `${text}\n`);
    return undefined;
  } catch (cause) {
    return `cannot write ${output}: ${reasonOf(cause)}`;
  }
}

function printReport(report: ConversionReport, quiet: boolean, io: CliIo): void {
  if (quiet) return;
  for (const line of report.lines()) io.err(`  ${line}`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function counts(report: ConversionReport): string {
  return `${report.count('mapped')} mapped, ${report.count('assumed')} assumed, ${report.count('dropped')} dropped`;
}

function printIssues(label: string, issues: readonly ValidationIssue[], io: CliIo): void {
  for (const issue of issues) io.err(`${label}  ${issue.path || '(root)'}  ${issue.severity}: ${issue.message}`);
}

async function convertFromOruk(file: string, parsed: ConvertArgs, io: CliIo): Promise<number> {
  const input = await readJson(file);
  if ('problem' in input) {
    io.err(`local-offer convert: ${input.problem}`);
    return 2;
  }
  const { id, title, publisher, councilCode, output } = parsed.values;
  const result = fromOruk(input.value, {
    ...(id !== undefined ? { id } : {}),
    ...(title !== undefined ? { title: title.trim() } : {}),
    ...(publisher !== undefined ? { publisher: publisher.trim() } : {}),
    ...(councilCode !== undefined ? { councilCode: councilCode.toUpperCase() } : {}),
    careLeaversOnly: parsed.careLeaversOnly,
    today: today(),
  });
  if (!result.ok) {
    io.err(`local-offer convert: ${file}: ${result.message}`);
    return 2;
  }
  const { offer, report, read } = result;
  printReport(report, parsed.quiet, io);
  const check = parseOffer(offer, { nationalEntitlementIds: NATIONAL_ENTITLEMENT_IDS });
  printIssues(output ?? 'offer', check.issues, io);
  const failure = await writeResult(JSON.stringify(offer, null, 2), output, io);
  if (failure) {
    io.err(`local-offer convert: ${failure}`);
    return 2;
  }
  const where = output === undefined || output === '-' ? 'standard output' : output;
  io.err(
    `Converted ${read.kept} of ${plural(read.services, 'service')} (${read.version}) into ${where}: ${plural(offer.entitlements.length, 'item')}, ${plural(offer.providers.length, 'provider')}, ${plural(offer.contacts.length, 'contact')} (${counts(report)}).`,
  );
  if (!check.ok) {
    io.err('local-offer convert: the offer produced is not valid; please report this, with the input file, as a bug');
    return 1;
  }
  io.err('Check every assumption before you publish, then run: local-offer validate');
  return 0;
}

async function convertToOruk(file: string, parsed: ConvertArgs, io: CliIo): Promise<number> {
  const input = await readJson(file);
  if ('problem' in input) {
    io.err(`local-offer convert: ${input.problem}`);
    return 2;
  }
  const check = parseOffer(input.value, { nationalEntitlementIds: NATIONAL_ENTITLEMENT_IDS });
  if (!check.ok) {
    printIssues(
      file,
      check.issues.filter((issue) => issue.severity === 'error'),
      io,
    );
    io.err(`local-offer convert: ${file} is not a valid offer, so it was not converted; run "local-offer validate ${file}" for details`);
    return 1;
  }
  const { list, report } = toOruk(check.value);
  printReport(report, parsed.quiet, io);
  const output = parsed.values.output;
  const failure = await writeResult(JSON.stringify(list, null, 2), output, io);
  if (failure) {
    io.err(`local-offer convert: ${failure}`);
    return 2;
  }
  const where = output === undefined || output === '-' ? 'standard output' : output;
  io.err(`Wrote ${plural(list.contents.length, 'ORUK 3.0 service')} to ${where} as one /services page (${counts(report)}).`);
  return 0;
}

export async function convert(args: string[], io: CliIo): Promise<number> {
  let parsed: ConvertArgs;
  let file: string;
  try {
    parsed = readArgs(args);
    if (parsed.help) {
      io.out(USAGE);
      return 0;
    }
    file = checkArgs(parsed);
  } catch (cause) {
    if (!(cause instanceof UsageError)) throw cause;
    io.err(`local-offer convert: ${cause.message}\n\n${USAGE}`);
    return 2;
  }
  return parsed.values.from !== undefined ? convertFromOruk(file, parsed, io) : convertToOruk(file, parsed, io);
}

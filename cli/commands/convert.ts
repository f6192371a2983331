/**
 * `local-offer convert`: Open Referral UK in and out. `--from oruk` turns a council's service directory
 * into an offer to check and publish; `--to oruk` publishes an offer to directories. The converted file
 * goes to -o (or standard output); the report of every field goes to standard error, so the two never mix.
 */
import { NATIONAL_ENTITLEMENT_IDS } from '../../src/entitlements/national-catalogue.js';
import { fromOruk, toOruk, type ConversionReport } from '../../src/oruk/index.js';
import { councilByCode } from '../../src/places/council-registry.js';
import type { ValidationIssue } from '../../src/schema/issues.js';
import { parseJsonText, parseOffer } from '../../src/schema/parse.js';
import { UNKNOWN_PROPERTY } from '../../src/schema/zod-issues.js';
import { readArgs, UsageError, type ParsedArgs } from '../args.js';
import { cannotRead, displayPath, plural, readTextFile, sameFile, writeOutput, type CliIo } from '../io.js';
import { FETCH_HELP, FETCH_OPTIONS, fetchLimits } from '../net/fetch-options.js';
import { wholeNumberOption } from '../number-options.js';
import { DEFAULT_MAX_PAGES, readOrukPages } from '../oruk/read-oruk-pages.js';
import { defineCommand } from './command.js';

/** An address of a live ORUK endpoint, rather than a saved file. */
const isAddress = (input: string) => /^https?:\/\//i.test(input);

const DESCRIPTION = `Converts between Open Referral UK (ORUK) service directories and Local Offer files.

  --from oruk   reads an ORUK 1.0 or 3.0 /services response (a page, a list of services, one service,
                or an organization with its services) and writes an offer. Given an https:// address
                of a live /services endpoint, it reads every page (?page=1, 2, …) first.
  --to oruk     reads an offer and writes ORUK 3.0 services (UK profile) as one /services page.

A report of what was mapped, assumed and dropped, field by field, goes to standard error.

Options:
  -o, --output <file>     write the result to this file (default: standard output); it is written whole
                          or not at all
  --force                 let -o replace the file being converted
  --care-leavers-only     keep only services that say they are for care leavers (--from)
  --id <slug>             the offer's id, such as "nottinghamshire" (--from)
  --title <text>          the offer's title (--from)
  --publisher <name>      the publisher's name (--from)
  --council-code <code>   the publisher's GSS code, such as "E10000024" (--from); the publisher is then
                          named from England's register of councils
  --max-pages <n>         the most pages read from an address (default ${DEFAULT_MAX_PAGES})
${FETCH_HELP}
  --quiet                 print only the summary line, not the report
  -h, --help              show this help

The options from --max-pages to --max-redirects apply to an address only: each request has a time limit, a
body larger than --max-bytes is abandoned, redirects are followed up to a limit, and network errors and
5xx answers are tried again. When a page cannot be read, nothing is written.

Exit codes: 0 converted; 1 the result, or the offer read by --to, is not valid; 2 a usage error, or a file
or an address that cannot be read, or an output that cannot be written. The mapping is described in
docs/oruk.md.`;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  id: { type: 'string' },
  title: { type: 'string' },
  publisher: { type: 'string' },
  'council-code': { type: 'string' },
  'care-leavers-only': { type: 'boolean' },
  quiet: { type: 'boolean' },
  force: { type: 'boolean' },
  'max-pages': { type: 'string' },
  ...FETCH_OPTIONS,
} as const;

type ConvertArgs = ParsedArgs<typeof OPTIONS>;

/** Checks the combination of options, returning the one file to convert. */
function checkArgs(parsed: ConvertArgs): string {
  const { from, to, id, title, publisher, 'council-code': councilCode, 'care-leavers-only': careLeaversOnly } = parsed.values;
  const files = parsed.positionals;
  if (from !== undefined && to !== undefined) throw new UsageError('give --from or --to, not both');
  if (from === undefined && to === undefined) throw new UsageError('say which way to convert: --from oruk or --to oruk');
  const format = from ?? to;
  if (format!.toLowerCase() !== 'oruk')
    throw new UsageError(`unknown format "${format}" for ${from !== undefined ? '--from' : '--to'}: the only format is "oruk"`);
  if (files.length === 0) throw new UsageError('name the file to convert');
  if (files.length > 1) throw new UsageError(`name one file to convert, not ${files.length}`);
  if (to !== undefined) {
    const fromOnly = [
      careLeaversOnly && '--care-leavers-only',
      id !== undefined && '--id',
      title !== undefined && '--title',
      publisher !== undefined && '--publisher',
      councilCode !== undefined && '--council-code',
    ].filter(Boolean);
    if (fromOnly.length > 0)
      throw new UsageError(`${fromOnly.join(', ')} only ${fromOnly.length > 1 ? 'apply' : 'applies'} with --from: an offer already has them`);
  }
  const fetchOnly = ['max-pages', ...Object.keys(FETCH_OPTIONS)].filter((name) => parsed.values[name as keyof ConvertArgs['values']] !== undefined);
  if (!isAddress(files[0]!) && fetchOnly.length > 0)
    throw new UsageError(
      `${fetchOnly.map((name) => `--${name}`).join(', ')} only ${fetchOnly.length > 1 ? 'apply' : 'applies'} when reading an https:// address`,
    );
  if (isAddress(files[0]!) && to !== undefined) throw new UsageError('--to oruk reads an offer file, not an address: save the offer first');
  if (id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UsageError(`--id "${id}" must be a lower-case slug such as "nottinghamshire"`);
  if (title !== undefined && title.trim() === '') throw new UsageError('--title must not be empty');
  if (publisher !== undefined && publisher.trim() === '') throw new UsageError('--publisher must not be empty');
  if (councilCode !== undefined && !councilByCode(councilCode))
    throw new UsageError(`--council-code "${councilCode}" is not the GSS code of a council in England, such as "E10000024"`);
  return files[0]!;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Reads a JSON file, or says in one line why it cannot be read. */
async function readJson(file: string): Promise<{ value: unknown } | { problem: string }> {
  const read = await readTextFile(file);
  if (!read.ok) return { problem: cannotRead(file, read.reason) };
  const json = parseJsonText(read.text);
  if (!json.ok) return { problem: `${displayPath(file)}: ${json.issues[0]!.message.replace(/\s*\n\s*/g, ' ')}` };
  return { value: json.value };
}

/** Where the result went, for the summary line. */
function destination(output: string | undefined): string {
  return output === undefined || output === '-' ? 'standard output' : displayPath(output);
}

function printReport(report: ConversionReport, quiet: boolean, io: CliIo): void {
  if (quiet) return;
  for (const line of report.lines()) io.err(`  ${line}`);
}

function counts(report: ConversionReport): string {
  return `${report.count('mapped')} mapped, ${report.count('assumed')} assumed, ${report.count('dropped')} dropped`;
}

function printIssues(label: string, issues: readonly ValidationIssue[], io: CliIo): void {
  for (const issue of issues) io.err(`${label}  ${issue.path || '(root)'}  ${issue.severity}: ${issue.message}`);
}

/** Every page of a live endpoint, as one input; the pages read are said on standard error. */
async function readAddress(address: string, parsed: ConvertArgs, io: CliIo): Promise<{ value: unknown } | { problem: string }> {
  const maxPages = wholeNumberOption(parsed.values['max-pages'], '--max-pages', DEFAULT_MAX_PAGES, 1, 10_000);
  const read = await readOrukPages(address, fetchLimits(parsed.values), maxPages);
  if (!read.ok) return { problem: read.message };
  io.err(`Read ${plural(read.pages, 'page')} (${plural(read.services, 'service')}) from ${address}`);
  return { value: read.input };
}

async function convertFromOruk(file: string, parsed: ConvertArgs, io: CliIo): Promise<number> {
  const input = isAddress(file) ? await readAddress(file, parsed, io) : await readJson(file);
  if ('problem' in input) {
    io.err(`local-offer convert: ${input.problem}`);
    return 2;
  }
  const { id, title, publisher, 'council-code': councilCode, output } = parsed.values;
  const result = fromOruk(input.value, {
    ...(id !== undefined ? { id } : {}),
    ...(title !== undefined ? { title: title.trim() } : {}),
    ...(publisher !== undefined ? { publisher: publisher.trim() } : {}),
    ...(councilCode !== undefined ? { councilCode: councilCode.toUpperCase() } : {}),
    careLeaversOnly: parsed.values['care-leavers-only'] === true,
    today: today(),
  });
  if (!result.ok) {
    io.err(`local-offer convert: ${displayPath(file)}: ${result.message}`);
    return 2;
  }
  const { offer, report, read } = result;
  printReport(report, parsed.values.quiet === true, io);
  const check = parseOffer(offer, { nationalEntitlementIds: NATIONAL_ENTITLEMENT_IDS });
  printIssues(output === undefined || output === '-' ? 'offer' : displayPath(output), check.issues, io);
  const failure = await writeOutput(JSON.stringify(offer, null, 2), output, io);
  if (failure) {
    io.err(`local-offer convert: ${failure}`);
    return 2;
  }
  const where = destination(output);
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
      displayPath(file),
      check.issues.filter((issue) => issue.severity === 'error'),
      io,
    );
    io.err(
      `local-offer convert: ${displayPath(file)} is not a valid offer, so it was not converted; run "local-offer validate ${displayPath(file)}" for details`,
    );
    return 1;
  }
  const { list, report } = toOruk(check.value);
  // The parser set aside what it does not know (a newer version's field, a misspelt one): say so, since the
  // export leaves it out.
  for (const issue of check.issues.filter((issue) => issue.message.includes(UNKNOWN_PROPERTY)))
    report.dropped(issue.path, `${issue.message.replace(/, so it is ignored$/, '')}: it is not in the export`);
  printReport(report, parsed.values.quiet === true, io);
  const output = parsed.values.output;
  const failure = await writeOutput(JSON.stringify(list, null, 2), output, io);
  if (failure) {
    io.err(`local-offer convert: ${failure}`);
    return 2;
  }
  const where = destination(output);
  io.err(`Wrote ${plural(list.contents.length, 'ORUK 3.0 service')} to ${where} as one /services page (${counts(report)}).`);
  return 0;
}

export const convert = defineCommand({
  name: 'convert',
  summary: 'turns an Open Referral UK service directory into an offer, or an offer into ORUK 3.0 services',
  synopsis: [
    'convert --from oruk <services.json> [options] [-o <offer.json>]',
    'convert --from oruk <https://…/services> [--council-code <code>] [--max-pages <n>] [options] [-o <offer.json>]',
    'convert --to oruk <offer.json> [-o <services.json>]',
  ],
  description: DESCRIPTION,
  async run(args, io) {
    const parsed = readArgs(args, OPTIONS);
    const file = checkArgs(parsed);
    const output = parsed.values.output;
    // With --force this is safe: the input is read whole before the result replaces it, in one rename.
    if (output !== undefined && output !== '-' && !isAddress(file) && !parsed.values.force && (await sameFile(file, output)))
      throw new UsageError(`-o ${displayPath(output)} is the file being converted: write to another file, or add --force to replace it`);
    return parsed.values.from !== undefined ? convertFromOruk(file, parsed, io) : convertToOruk(file, parsed, io);
  },
});

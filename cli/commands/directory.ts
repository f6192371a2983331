/**
 * `local-offer directory build`: reads a list of offers (addresses or files), checks each one with the
 * validator, and writes a directory of the valid ones and a coverage report of every council in England.
 * Made to run daily in CI: polite to servers (a few requests at a time, conditional requests with a cache
 * on disk), safe against them (time and size limits, redirect limits) and clear about what failed.
 */
import { dirname, resolve } from 'node:path';
import { londonTime } from '../../src/model/london-time.js';
import { DEFAULT_STALE_AFTER_MONTHS } from '../../src/model/staleness.js';
import { CoverageReportSchema, type CoverageReport, type SourceResult } from '../../src/schema/coverage-report-schema.js';
import { DirectorySchema, SCHEMA_VERSION, type Directory, type DirectoryEntry } from '../../src/schema/index.js';
import { readArgs, UsageError } from '../args.js';
import { buildDirectory, type Progress } from '../directory/build-directory.js';
import { coverageReport } from '../directory/coverage.js';
import { readSources, type Source } from '../directory/sources.js';
import { cannotRead, cannotUseFolder, cannotWriteYet, displayPath, plural, readTextFile, writeOutput, type CliIo } from '../io.js';
import { FETCH_HELP, FETCH_OPTIONS, fetchLimits } from '../net/fetch-options.js';
import { HttpCache } from '../net/http-cache.js';
import { wholeNumberOption } from '../number-options.js';
import { defineCommand } from './command.js';

const DIRECTORY_SCHEMA_URL = 'https://unpkg.com/local-offer-elements/schema/directory.schema.json';
const DEFAULT_CACHE = '.local-offer-cache';
const DEFAULT_CONCURRENCY = 4;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  report: { type: 'string' },
  json: { type: 'boolean' },
  id: { type: 'string' },
  title: { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  concurrency: { type: 'string' },
  'stale-after': { type: 'string' },
  quiet: { type: 'boolean' },
  ...FETCH_OPTIONS,
} as const;

const DESCRIPTION = `Builds a directory of Local Offers for Care Leavers from a list of offers, and a report of
coverage for all 317 councils in England.

<sources> is a file listing the offers: one a line, an https:// address or a file, then optionally the GSS
code of the council it belongs to ("# " starts a comment); or a JSON list of addresses, files or
{ "url", "councilCode" } objects; or a directory file. Files are read from the list's folder.

Each offer is fetched (a few at a time, with a time and size limit, redirects followed up to a limit, and
retries after network errors and 5xx answers), checked as "local-offer validate" checks it, and, when
valid, listed in the directory with the councils it covers. Addresses are asked "has it changed?" with the
ETag and Last-Modified of the copy in the cache, so a daily run downloads only what changed.

Progress ("42/317, 3 failed") goes to standard error; what failed and a summary to standard output.

Options:
  -o, --output <file>     the directory to write (required); written whole or not at all
  --report <file>         also write the coverage report (schema/coverage-report.schema.json)
  --json                  print the coverage report as JSON instead of the summary
  --id <slug>             the directory's id (default "local-offers")
  --title <text>          the directory's title
  --cache <folder>        where answers are kept for conditional requests (default ${DEFAULT_CACHE})
  --no-cache              neither read nor write the cache
  --concurrency <n>       requests at once (default ${DEFAULT_CONCURRENCY}, at most 16)
  --stale-after <months>  when an offer's lastReviewed counts as stale (default ${DEFAULT_STALE_AFTER_MONTHS})
${FETCH_HELP}
  --quiet                 no progress lines
  -h, --help              show this help

Exit codes: 0 every source was read and is a valid offer (an offer listed twice is said, and listed once);
1 a source could not be read or is not a valid offer (the others are still listed); 2 a usage error, a list
that cannot be read, or an output or cache folder that cannot be written. docs/publish-and-keep-current.md explains the report.`;

type Values = ReturnType<typeof readArgs<typeof OPTIONS>>['values'];

function checkArgs(positionals: readonly string[], values: Values): { sourcesFile: string; output: string } {
  if (positionals[0] !== 'build')
    throw new UsageError(positionals[0] === undefined ? 'say what to do: directory build' : `unknown action "${positionals[0]}": the action is "build"`);
  const files = positionals.slice(1);
  if (files.length === 0) throw new UsageError('name the list of offers to read');
  if (files.length > 1) throw new UsageError(`name one list of offers, not ${files.length}`);
  if (values.output === undefined) throw new UsageError('say where to write the directory: -o <directory.json>');
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id))
    throw new UsageError(`--id "${values.id}" must be a lower-case slug such as "local-offers"`);
  if (values.title !== undefined && values.title.trim() === '') throw new UsageError('--title must not be empty');
  if (values.cache !== undefined && values['no-cache']) throw new UsageError('give --cache or --no-cache, not both');
  if (values.report !== undefined && resolve(values.report) === resolve(values.output)) throw new UsageError('--report and -o name the same file');
  // Standard output carries the summary, or the report with --json: a file written there would be mixed with it.
  if (values.output === '-' || values.report === '-')
    throw new UsageError('-o and --report name files: the directory and the report are not written to standard output');
  return { sourcesFile: files[0]!, output: values.output };
}

/** About twenty progress lines for a long run; every source for a short one. */
function progressPrinter(total: number, io: CliIo, quiet: boolean): (progress: Progress) => void {
  const every = Math.max(1, Math.ceil(total / 20));
  return ({ done, failed, last }) => {
    if (quiet) return;
    if (last.result.status !== 'valid') io.err(`  ${last.result.status}: ${displayPath(last.result.source)}: ${last.result.reason ?? ''}`);
    if (done % every === 0 || done === total) io.err(`${done}/${total}, ${failed} failed`);
  };
}

function failureLine(result: SourceResult): string {
  return `${displayPath(result.source)}  ${result.status}: ${result.reason ?? ''}`;
}

function summary(report: CoverageReport): string {
  const { totals } = report;
  return [
    `${plural(totals.sources, 'source')}: ${totals.valid} valid, ${totals.invalid} invalid, ${totals.unreachable} unreachable${totals.duplicate ? `, ${totals.duplicate} listed twice` : ''}${totals.notModified ? ` (${totals.notModified} not modified since the last run)` : ''}; ${totals.stale} stale.`,
    `${totals.councils} councils: ${totals.publishing} publish a valid offer, ${totals.covered} covered by one (upper-tier: ${totals.upperTierCovered} of ${totals.upperTierCouncils}).`,
  ].join('\n');
}

function directoryOf(entries: readonly DirectoryEntry[], values: Values, today: string): Directory {
  return {
    $schema: DIRECTORY_SCHEMA_URL,
    schemaVersion: SCHEMA_VERSION,
    id: values.id ?? 'local-offers',
    title: values.title?.trim() ?? 'Local Offers for Care Leavers',
    lastUpdated: today,
    offers: [...entries],
  };
}

async function readList(file: string, io: CliIo): Promise<Source[]> {
  const read = await readTextFile(file);
  if (!read.ok) throw new ListProblem(cannotRead(file, read.reason));
  const sources = readSources(read.text, dirname(resolve(file)));
  if (!sources.ok) throw new ListProblem(sources.problems.map((problem) => `${displayPath(file)}: ${problem}`).join('\n'));
  if (sources.sources.length === 0) throw new ListProblem(`${displayPath(file)} lists no offers`);
  if (sources.duplicates > 0) io.err(`${displayPath(file)}: ${plural(sources.duplicates, 'offer')} listed more than once, read once`);
  return [...sources.sources];
}

/** A list that cannot be used: said as it is, exit 2, without the usage text (the call itself was right). */
class ListProblem extends Error {}

export const directory = defineCommand({
  name: 'directory',
  summary: 'builds a directory of valid offers from a list of addresses, and a coverage report of every council',
  synopsis: ['directory build <sources> -o <directory.json> [--report <coverage.json>] [--json] [options]'],
  description: DESCRIPTION,
  async run(args, io) {
    const { values, positionals } = readArgs(args, OPTIONS);
    const { sourcesFile, output } = checkArgs(positionals, values);
    const limits = fetchLimits(values);
    const concurrency = wholeNumberOption(values.concurrency, '--concurrency', DEFAULT_CONCURRENCY, 1, 16);
    const staleAfterMonths = wholeNumberOption(values['stale-after'], '--stale-after', DEFAULT_STALE_AFTER_MONTHS, 1, 120);
    // Before any fetching: a daily run should not spend ten minutes to find its output folder is missing.
    const cacheFolder = values['no-cache'] ? undefined : resolve(values.cache ?? DEFAULT_CACHE);
    const unwritable = [
      await cannotWriteYet(output),
      await cannotWriteYet(values.report),
      cacheFolder ? await cannotUseFolder(cacheFolder, 'the cache') : undefined,
    ].filter((problem) => problem !== undefined);
    for (const problem of unwritable) io.err(`local-offer directory: ${problem}`);
    if (unwritable.length > 0) return 2;
    let sources: Source[];
    try {
      sources = await readList(sourcesFile, io);
    } catch (cause) {
      if (!(cause instanceof ListProblem)) throw cause;
      io.err(`local-offer directory: ${cause.message}`);
      return 2;
    }
    const now = new Date();
    const cache = cacheFolder ? new HttpCache(cacheFolder) : undefined;
    const run = await buildDirectory(
      sources,
      { limits, cache, now, staleAfterMonths, directoryFolder: dirname(resolve(output)) },
      concurrency,
      progressPrinter(sources.length, io, values.quiet === true),
    );
    const report = coverageReport(
      run.checked.map((item) => item.result),
      now,
      staleAfterMonths,
    );
    // Both are made by this code from checked data: a failure here is a bug, not a bad source.
    const listed = DirectorySchema.safeParse(directoryOf(run.entries, values, londonTime(now).date));
    if (!listed.success) throw new Error(`the directory made is not valid: ${listed.error.message}`);
    const checked = CoverageReportSchema.safeParse(report);
    if (!checked.success) throw new Error(`the coverage report made is not valid: ${checked.error.message}`);

    const failures = [
      await writeOutput(JSON.stringify(listed.data, null, 2), output, io),
      values.report !== undefined ? await writeOutput(JSON.stringify(report, null, 2), values.report, io) : undefined,
    ].filter((failure): failure is string => failure !== undefined);
    for (const failure of failures) io.err(`local-offer directory: ${failure}`);
    if (failures.length > 0) return 2;

    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
    } else {
      for (const result of report.sources) if (result.status !== 'valid') io.out(failureLine(result));
      io.out(summary(report));
      const wrote = values.report !== undefined ? ` and the coverage report to ${displayPath(values.report)}` : '';
      io.out(`Wrote ${plural(run.entries.length, 'offer')} to ${displayPath(output)}${wrote}.`);
    }
    // A duplicate is read and valid: said, but not a failure.
    return report.totals.invalid + report.totals.unreachable === 0 ? 0 : 1;
  },
});

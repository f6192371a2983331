// How `local-offer` is put together and called: one module per command behind a thin dispatcher, no import
// cycles, one wording for a file it cannot read, arguments read by node:util's parseArgs, help for each
// command, and --version. Runs the real command where a publisher would see the difference.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bin, root, runTool, scratchFolder, writeIn } from './helpers.mjs';

const scratch = scratchFolder('cli-commands');
const cli = (...args) => runTool(args);
const write = (name, text) => writeIn(scratch, name, text);

const example = readFileSync(join(root, 'schema/examples/manchester.json'), 'utf8');
const oruk = join(root, 'test/fixtures/oruk/uk-profile-3.0/examples/service_full.json');

/** A usage error: exit 2, `local-offer <command>: <message>`, a blank line, then that command's usage. */
function assertUsageError(result, command, message) {
  assert.equal(result.code, 2, result.out + result.err);
  const [first, blank, usage] = result.err.split('\n');
  assert.match(first, message);
  assert.equal(blank, '');
  assert.match(usage, new RegExp(`^Usage: local-offer ${command}`));
  return result.err;
}

/** Every .ts file under cli/, as paths relative to the repository. */
function cliSources(folder = join(root, 'cli')) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cliSources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [relative(root, join(folder, entry.name))] : [],
  );
}

/** The cli/ modules a module imports, type-only imports included. */
function importsOf(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const paths = [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'(\.[^']+)'/gm)].map((match) =>
    relative(root, resolve(root, dirname(file), match[1])).replace(/\.js$/, '.ts'),
  );
  return [...new Set(paths.filter((path) => path.startsWith('cli/')))].sort();
}

describe('local-offer: code health', () => {
  it('has no import cycle between its modules, counting type-only imports', () => {
    const graph = new Map(cliSources().map((file) => [file, importsOf(file)]));
    const cycles = [];
    const visit = (file, path) => {
      if (path.includes(file)) return cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it('defines plural() once', () => {
    const definitions = cliSources().filter((file) => /function plural\(/.test(readFileSync(join(root, file), 'utf8')));
    assert.deepEqual(definitions, ['cli/io.ts']);
  });

  it('gives one reason for a file it cannot read, whichever command reads it', () => {
    const loop = join(scratch, 'loop.json');
    symlinkSync('loop.json', loop);
    const missing = join(scratch, 'missing.json');
    const pipe = join(scratch, 'pipe.json');
    const reasons = [
      [missing, 'no such file or folder'],
      [loop, 'too many levels of symbolic links'],
    ];
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [pipe]);
      reasons.push([pipe, 'it is not a regular file']);
    }
    for (const [file, reason] of reasons) {
      const validated = cli('validate', file);
      assert.equal(validated.code, 2);
      assert.equal(validated.out.split('\n')[0], `${file}:1:1  (root)  error: Cannot read the file: ${reason}`);
      for (const direction of ['--from', '--to']) {
        const converted = cli('convert', direction, 'oruk', file);
        assert.equal(converted.code, 2);
        assert.equal(converted.err, `local-offer convert: cannot read ${file}: ${reason}\n`);
      }
    }
  });
});

describe('local-offer: arguments, read with parseArgs', () => {
  it('makes an unknown option a usage error with the usage of that command, not the others', () => {
    const err = assertUsageError(cli('validate', '--wat', 'x.json'), 'validate', /^local-offer validate: unknown option --wat$/);
    assert.doesNotMatch(err, /local-offer convert/);
    assertUsageError(cli('validate', '-x', write('ok.json', example)), 'validate', /^local-offer validate: unknown option -x$/);
    assertUsageError(cli('convert', '--to', 'oruk', '--wat=1', oruk), 'convert', /^local-offer convert: unknown option --wat$/);
  });

  it('makes a value for a switch, a missing value and a value given twice usage errors', () => {
    assertUsageError(cli('validate', '--json=yes', 'x.json'), 'validate', /^local-offer validate: --json takes no value$/);
    assertUsageError(cli('convert', '--from', 'oruk', oruk, '--output'), 'convert', /^local-offer convert: --output needs a value$/);
    assertUsageError(cli('convert', '--from', '--to', 'oruk', oruk), 'convert', /^local-offer convert: --from needs a value$/);
    assertUsageError(cli('convert', '--to', 'oruk', oruk, '-o', 'a.json', '--output', 'b.json'), 'convert', /^local-offer convert: --output is given twice$/);
    assertUsageError(cli('convert', '--to', 'oruk', oruk, '--quiet=no'), 'convert', /^local-offer convert: --quiet takes no value$/);
  });

  it('reads -ofile, --name=value, and a file name that starts with a dash after --', () => {
    const output = join(scratch, 'joined.json');
    assert.equal(cli('convert', '--from=oruk', `-o${output}`, '--quiet', oruk).code, 0);
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).entitlements.length, 1);
    const dashed = join(scratch, '-dashed.json');
    writeFileSync(dashed, example);
    const result = spawnSync(process.execPath, [bin, 'validate', '--', '-dashed.json'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^1 file checked: 1 valid/m);
  });

  it('points an option given before the command to its place after it', () => {
    const result = cli('--json', 'validate', 'x.json');
    assert.equal(result.code, 2);
    assert.match(result.err, /^local-offer: unknown option --json: a command's options go after it, as in "local-offer validate --json"\n\nUsage: /);
    assert.match(cli('--wat').err, /^local-offer: unknown option --wat/);
  });
});

describe('local-offer: one module per command behind a dispatcher', () => {
  const silent = () => {
    const lines = { out: [], err: [] };
    return { lines, io: { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) } };
  };

  it('keeps each command in cli/commands/<name>.ts, and the dispatcher imports only the list of commands', async () => {
    const { COMMANDS } = await import('../../dist/cli/commands/index.js');
    assert.deepEqual(
      COMMANDS.map((command) => command.name),
      ['validate', 'convert', 'directory'],
    );
    for (const { name } of COMMANDS) assert.ok(cliSources().includes(`cli/commands/${name}.ts`), name);
    const dispatcher = importsOf('cli/local-offer.ts');
    assert.deepEqual(
      dispatcher.filter((file) => file.startsWith('cli/commands/')),
      ['cli/commands/command.ts', 'cli/commands/index.ts'],
    );
  });

  it('lists, explains and runs a command added to the list, as `directory build` was', async () => {
    const { main } = await import('../../dist/cli/local-offer.js');
    const { COMMANDS } = await import('../../dist/cli/commands/index.js');
    const { defineCommand } = await import('../../dist/cli/commands/command.js');
    const { readArgs } = await import('../../dist/cli/args.js');
    const calls = [];
    const publish = defineCommand({
      name: 'publish',
      summary: 'publishes a folder of offers',
      synopsis: ['publish site [--base-url <url>] <folder>'],
      description: 'Options:\n  --base-url <url>   where the offers are published',
      async run(args) {
        calls.push(readArgs(args, { 'base-url': { type: 'string' } }));
        return 0;
      },
    });
    const commands = [...COMMANDS, publish];
    let run = silent();
    assert.equal(await main(['--help'], run.io, commands), 0);
    assert.match(run.lines.out.join('\n'), /^ {7}local-offer publish site \[--base-url <url>\] <folder>$/m);
    assert.match(run.lines.out.join('\n'), /^ {2}publish {4}publishes a folder of offers$/m);
    run = silent();
    assert.equal(await main(['publish', 'site', '--base-url', 'https://example.org/', 'offers'], run.io, commands), 0);
    assert.deepEqual(JSON.parse(JSON.stringify(calls)), [{ values: { 'base-url': 'https://example.org/' }, positionals: ['site', 'offers'] }]);
    run = silent();
    assert.equal(await main(['publish', '--wat'], run.io, commands), 2);
    assert.match(run.lines.err.join('\n'), /^local-offer publish: unknown option --wat\n\nUsage: local-offer publish site/);
    run = silent();
    assert.equal(await main(['help', 'publish'], run.io, commands), 0);
    assert.match(run.lines.out.join('\n'), /--base-url <url> {3}where the offers are published/);
  });
});

describe('local-offer --version and --help', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('prints the package version and the schema versions it reads', () => {
    const result = cli('--version');
    assert.equal(result.code, 0);
    assert.equal(result.out, `local-offer (local-offer-elements) ${manifest.version}\nschema 1.1: reads offers and directories of schemaVersion 1.x\n`);
  });

  it('reads the version from the package it is installed in', () => {
    const installed = join(scratch, 'node_modules', 'local-offer-elements');
    mkdirSync(join(installed, 'dist'), { recursive: true });
    cpSync(join(root, 'bin'), join(installed, 'bin'), { recursive: true });
    for (const folder of ['cli', 'src']) cpSync(join(root, 'dist', folder), join(installed, 'dist', folder), { recursive: true });
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ ...manifest, version: '9.8.7-test' }));
    symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'));
    const out = execFileSync(process.execPath, [join(installed, 'bin/local-offer.js'), '--version'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(out.split('\n')[0], 'local-offer (local-offer-elements) 9.8.7-test');
  });

  it('lists the commands, and only the options that are not a command’s', () => {
    const { code, out } = cli('--help');
    assert.equal(code, 0);
    assert.match(out, /^Commands:\n {2}validate {2}.+\n {2}convert {3}.+$/m);
    const options = out.slice(out.indexOf('\nOptions:'));
    assert.match(options, /-h, --help/);
    assert.match(options, /--version/);
    assert.doesNotMatch(options, /--json|--output|--quiet/);
  });

  it('gives each command its own help, with its options, however it is asked for', () => {
    const validate = cli('validate', '--help').out;
    assert.match(validate, /^Usage: local-offer validate \[--json\] <file-or-folder>\.\.\.\n/);
    assert.match(validate, /^Options:\n {2}--json {8}print the results as JSON$/m);
    assert.doesNotMatch(validate, /convert|--output/);
    const convert = cli('convert', '--help').out;
    assert.match(convert, /^ {2}--force {17}let -o replace the file being converted$/m);
    assert.doesNotMatch(convert, /--json/);
    for (const asked of [
      ['validate', '-h'],
      ['help', 'validate'],
      ['--help', 'validate'],
      ['validate', 'x.json', '--help'],
    ])
      assert.equal(cli(...asked).out, validate, asked.join(' '));
    assert.equal(cli('help', 'convert').out, convert);
    const unknown = cli('help', 'frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^local-offer: unknown command "frobnicate"/);
  });
});

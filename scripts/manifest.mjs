// Generates custom-elements.json (the Custom Elements Manifest, from the elements' JSDoc) and, from it,
// docs/elements.md — every element's attributes, properties, events, slots, parts and custom properties.
// `--check` fails when either committed file differs from what the code generates (run by `npm test`).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './generated-files.mjs';

const root = new URL('..', import.meta.url).pathname;

function analyze() {
  // The analyzer takes --outdir relative to the working directory, even when it is absolute.
  const relative = `.cem-${process.pid}`;
  const out = join(root, relative);
  try {
    execFileSync(join(root, 'node_modules/.bin/custom-elements-manifest'), ['analyze', '--outdir', relative], { cwd: root, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        // The analyzer also guesses events from `new SomeEvent(argument)`; the @fires tags name them properly.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('local-offer-'));
      }
    }
    return manifest;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');

function elementsMarkdown(manifest) {
  const lines = [
    '# Elements reference',
    '',
    'Generated from `custom-elements.json` by `scripts/manifest.mjs`: do not edit by hand; change the JSDoc in `src/components/` and run `npm run build`.',
    '',
  ];
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: module.path })));
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const element of elements) {
    lines.push(
      `## \`<${element.tagName}>\``,
      '',
      element.summary ?? '',
      '',
      cell(element.description),
      '',
      `Class \`${element.name}\`, in \`${element.path}\`.`,
      '',
    );
    const attributes = element.attributes ?? [];
    const fields = (element.members ?? []).filter(
      (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && m.description,
    );
    if (attributes.length || fields.length) {
      lines.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
      const seen = new Set();
      for (const attribute of attributes) {
        seen.add(attribute.fieldName);
        const field = fields.find((f) => f.name === attribute.fieldName);
        lines.push(
          `| \`${attribute.name}\` | \`${attribute.fieldName ?? ''}\` | \`${cell(attribute.type?.text ?? field?.type?.text)}\` | ${attribute.default !== undefined ? `\`${cell(attribute.default)}\`` : ''} | ${cell(attribute.description ?? field?.description)} |`,
        );
      }
      for (const field of fields.filter((f) => !seen.has(f.name))) {
        lines.push(
          `| | \`${field.name}\` | \`${cell(field.type?.text)}\` | ${field.default !== undefined ? `\`${cell(field.default)}\`` : ''} | ${cell(field.description)} |`,
        );
      }
      lines.push('');
    }
    const table = (title, items, name = (i) => i.name) => {
      if (!items?.length) return;
      lines.push(
        `**${title}**`,
        '',
        '| name | description |',
        '|---|---|',
        ...items.map((i) => `| \`${cell(name(i) || '(default)')}\` | ${cell(i.description)} |`),
        '',
      );
    };
    table('Events', element.events);
    table('Slots', element.slots);
    table('CSS parts', element.cssParts);
    table('CSS custom properties', element.cssProperties);
  }
  return lines.join('\n');
}

const manifest = analyze();
const files = {
  'custom-elements.json': JSON.stringify(manifest, null, 2) + '\n',
  'docs/elements.md': elementsMarkdown(manifest),
};
await writeOrCheck(files, { source: "the elements' JSDoc" });

/**
 * `local-offer --version`: the package's version, read from its package.json at run time, and the schema
 * versions the tool reads.
 */
import { readFile } from 'node:fs/promises';
import { SCHEMA_VERSION } from '../src/schema/schema-version.js';

const PACKAGE_NAME = 'local-offer-elements';

/** The schema versions read: every minor version of this major one (a newer minor one with a warning). */
export const READS = `${SCHEMA_VERSION.split('.')[0]}.x`;

/**
 * The package's version. This module runs as dist/cli/version.js, both in this repository and in an
 * installed package (node_modules/local-offer-elements/dist/cli/), so package.json is two folders up.
 */
export async function packageVersion(packageJson = new URL('../../package.json', import.meta.url)): Promise<string | undefined> {
  try {
    const manifest: unknown = JSON.parse(await readFile(packageJson, 'utf8'));
    if (!manifest || typeof manifest !== 'object') return undefined;
    const { name, version } = manifest as Record<string, unknown>;
    return name === PACKAGE_NAME && typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

export async function versionText(): Promise<string> {
  const version = (await packageVersion()) ?? '(version unknown: its package.json was not found)';
  return `local-offer (${PACKAGE_NAME}) ${version}\nschema ${SCHEMA_VERSION}: reads offers and directories of schemaVersion ${READS}`;
}

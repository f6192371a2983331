import { SCHEMA_VERSION_PATTERN } from './patterns.js';
import { error, warning, type ValidationIssue } from './issues.js';

/** The newest version of the format this library reads and writes. */
export const SCHEMA_VERSION = '1.1';
const [SUPPORTED_MAJOR, SUPPORTED_MINOR] = SCHEMA_VERSION.split('.').map(Number) as [number, number];

/**
 * Checks a document's schemaVersion before anything else: a newer minor version loads with a warning
 * (new fields are ignored), a different major version is refused because its fields may mean other things.
 */
export function checkSchemaVersion(document: Record<string, unknown>): ValidationIssue[] {
  const version = document.schemaVersion;
  const path = ['schemaVersion'];
  if (version === undefined) return [error(path, `"schemaVersion" is required: add "schemaVersion": "${SCHEMA_VERSION}"`)];
  if (typeof version !== 'string') return [error(path, `"schemaVersion" must be text such as "${SCHEMA_VERSION}"`)];
  const match = SCHEMA_VERSION_PATTERN.exec(version);
  if (!match) return [error(path, `"schemaVersion" must look like "${SCHEMA_VERSION}", not "${version.slice(0, 40)}"`)];
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== SUPPORTED_MAJOR) {
    return [
      error(
        path,
        `This file uses schema version ${version}, which this library cannot read: it reads version ${SUPPORTED_MAJOR}.x. ${major > SUPPORTED_MAJOR ? 'Update Local Offer Elements.' : 'Update the file to the current format.'}`,
      ),
    ];
  }
  if (minor > SUPPORTED_MINOR) {
    return [warning(path, `This file uses schema version ${version}, newer than this library (${SCHEMA_VERSION}); fields it does not know are ignored`)];
  }
  return [];
}

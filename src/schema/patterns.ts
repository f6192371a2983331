/** Patterns the schema uses that code without zod needs too (the URL state, the version check). */

/** Stable ids are lower-case slugs so that they survive copying between files and URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A GSS code of a council in England: E06 unitary, E07 district, E08 metropolitan, E09 London, E10 county. */
export const COUNCIL_CODE_PATTERN = /^E(?:0[6-9]|10)\d{6}$/;

/** A version such as "1.0": the major number changes only when old readers could misread a file. */
export const SCHEMA_VERSION_PATTERN = /^(\d+)\.(\d+)$/;

import { error, type ParseResult } from './issues.js';

/** Parses JSON text (a UTF-8 byte order mark is allowed) and reports text that is not JSON as an issue. */
export function parseJsonText(text: string): ParseResult<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issues: [error([], 'The file is empty: it should hold a JSON object')] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown, issues: [] };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, issues: [error([], `The file is not valid JSON: ${detail}`)] };
  }
}

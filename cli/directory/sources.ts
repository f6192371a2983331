/**
 * The list of offers `directory build` reads, in one of three forms a publisher is likely to have:
 *
 * - text: one offer a line, an address or a file, then (optionally) the GSS code of its council; blank
 *   lines and lines starting "#" are skipped;
 * - a JSON list of addresses or files, or of { "url" | "file", "councilCode" } objects;
 * - a directory file (schema/directory.schema.json), whose offers are read again.
 *
 * Files and relative addresses are read from the folder the list is in, so the list can move with them.
 */
import { isAbsolute, resolve } from 'node:path';
import { councilByCode } from '../../src/places/council-registry.js';
import { parseJsonText } from '../../src/schema/parse.js';

export interface Source {
  /** As written in the list, for messages and the report. */
  readonly name: string;
  readonly kind: 'url' | 'file';
  /** The address to fetch, or the file's path. */
  readonly location: string;
  /** The council the list says the offer belongs to. */
  readonly councilCode?: string;
}

export type SourcesResult =
  { readonly ok: true; readonly sources: readonly Source[]; readonly duplicates: number } | { readonly ok: false; readonly problems: readonly string[] };

const WEB = /^https?:\/\//i;

function sourceOf(name: string, councilCode: string | undefined, folder: string, where: string, problems: string[]): Source | undefined {
  const trimmed = name.trim();
  if (!trimmed) {
    problems.push(`${where}: no address or file`);
    return undefined;
  }
  let code: string | undefined;
  if (councilCode !== undefined) {
    const council = councilByCode(councilCode);
    if (!council) {
      problems.push(`${where}: "${councilCode}" is not the GSS code of a council in England, such as "E10000024"`);
      return undefined;
    }
    code = council.code;
  }
  const base = { name: trimmed, ...(code ? { councilCode: code } : {}) };
  if (WEB.test(trimmed)) {
    try {
      return { ...base, kind: 'url', location: new URL(trimmed).href };
    } catch {
      problems.push(`${where}: "${trimmed}" is not a valid web address`);
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[a-z]:[\\/]/i.test(trimmed)) {
    problems.push(`${where}: "${trimmed}" is neither an http:// or https:// address nor a file`);
    return undefined;
  }
  return { ...base, kind: 'file', location: isAbsolute(trimmed) ? trimmed : resolve(folder, trimmed) };
}

function fromText(text: string, folder: string, problems: string[]): Source[] {
  const sources: Source[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words[0]!.startsWith('#')) return;
    const where = `line ${index + 1}`;
    if (words.length > 2 && !words[2]!.startsWith('#')) {
      problems.push(`${where}: expected an address or file and, optionally, a council code, but found ${words.length} words`);
      return;
    }
    const code = words[1] !== undefined && !words[1].startsWith('#') ? words[1] : undefined;
    const source = sourceOf(words[0]!, code, folder, where, problems);
    if (source) sources.push(source);
  });
  return sources;
}

function fromJson(value: unknown, folder: string, problems: string[]): Source[] {
  const isDirectory = !!value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { offers?: unknown }).offers);
  const list: unknown = isDirectory ? (value as { offers: unknown[] }).offers : value;
  if (!Array.isArray(list)) {
    problems.push('expected a list of addresses or files, a list of { "url", "councilCode" } objects, or a directory with "offers"');
    return [];
  }
  const sources: Source[] = [];
  list.forEach((entry: unknown, index) => {
    const where = isDirectory ? `offers[${index}]` : `[${index}]`;
    if (typeof entry === 'string') {
      const source = sourceOf(entry, undefined, folder, where, problems);
      if (source) sources.push(source);
      return;
    }
    const object = entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
    const name = object?.url ?? object?.file;
    const code = object?.councilCode;
    if (typeof name !== 'string' || (code !== undefined && typeof code !== 'string')) {
      problems.push(`${where}: expected an address or file, or an object with "url" (or "file") and, optionally, "councilCode"`);
      return;
    }
    const source = sourceOf(name, code, folder, where, problems);
    if (source) sources.push(source);
  });
  return sources;
}

/** The sources in a list's text; `folder` is where the list is, for relative files. */
export function readSources(text: string, folder: string): SourcesResult {
  const problems: string[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let sources: Source[];
  if (/^\s*[[{]/.test(body)) {
    const json = parseJsonText(body);
    if (!json.ok) return { ok: false, problems: [`not valid JSON: ${json.issues[0]!.message.replace(/\s*\n\s*/g, ' ')}`] };
    sources = fromJson(json.value, folder, problems);
  } else {
    sources = fromText(body, folder, problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  // The same offer listed twice would be fetched twice and counted twice.
  const seen = new Set<string>();
  const unique = sources.filter((source) => !seen.has(source.location) && !!seen.add(source.location));
  return { ok: true, sources: unique, duplicates: sources.length - unique.length };
}

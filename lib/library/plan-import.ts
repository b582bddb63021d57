// Decides what importing a backup would do, before anything is written. All or nothing: if the
// file or any digest in it is invalid, nothing is imported and the report says which and why.
// Valid digests that the library already has in the same or a newer version are skipped (and
// reported); the rest are written together in one transaction by the caller.
// parseBackup and skipKnown are the two halves, for a caller that knows the library only by its
// list entries and reads full records just where it must.
import { z } from 'zod/mini';
import { SavedDigestSchema, type SavedDigest } from '../storage/saved-digest-schema';
import { BackupEnvelopeSchema } from './backup-schema';

export interface ImportProblem {
  /** "file", or "digest 3 (https://…)" for one entry of the backup. */
  where: string;
  reason: string;
}

export type ImportPlan =
  | { ok: true; toWrite: SavedDigest[]; skipped: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

/** A backup file larger than this (in characters) is refused unread: about 4,000 long articles. */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;
/** One saved digest larger than this is no article the extension made (a crafted 100 MB string). */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

export interface ImportLimits {
  /** Default {@link MAX_BACKUP_CHARS}. */
  maxChars?: number;
  /** Default {@link MAX_RECORD_CHARS}. */
  maxRecordChars?: number;
}

export type ParsedBackup = { ok: true; records: SavedDigest[] } | { ok: false; problems: ImportProblem[] };

/** What the library holds under a URL, as far as deciding whether to import over it goes. */
export interface KnownDigest {
  updatedAt: string;
  /**
   * The full record: needed only to tell "unchanged" from "changed at the same time", so the
   * caller reads it only for a backup record with the same updatedAt (none into an empty library).
   */
  record?: SavedDigest;
}

export function planImport(text: string, existing: readonly SavedDigest[], limits: ImportLimits = {}): ImportPlan {
  const parsed = parseBackup(text, limits);
  if (!parsed.ok) return parsed;
  return { ok: true, ...skipKnown(parsed.records, new Map(existing.map((record) => [record.url, { updatedAt: record.updatedAt, record }]))) };
}

/** Reads and checks a backup file: every digest valid, or the problems of all that are not. */
export function parseBackup(text: string, limits: ImportLimits = {}): ParsedBackup {
  const maxChars = limits.maxChars ?? MAX_BACKUP_CHARS;
  if (text.length > maxChars) return { ok: false, problems: [{ where: 'file', reason: `The file is ${megabytes(text.length)}; a backup may be at most ${megabytes(maxChars)}.` }] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [{ where: 'file', reason: json.reason }] };
  const envelope = BackupEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, problems: [{ where: 'file', reason: `Not an Article Digest backup: ${z.prettifyError(envelope.error)}` }] };

  const problems: ImportProblem[] = [];
  const valid: SavedDigest[] = [];
  const maxRecordChars = limits.maxRecordChars ?? MAX_RECORD_CHARS;
  // No digest can be larger than the whole file: then sizing each one is skipped.
  const sizeEach = text.length > maxRecordChars;
  envelope.data.digests.forEach((raw, i) => {
    const parsed = SavedDigestSchema.safeParse(raw);
    // Sized only once valid: a valid record is shallow, so measuring it cannot exhaust the stack.
    const size = parsed.success && sizeEach ? textChars(parsed.data) : 0;
    if (!parsed.success) problems.push({ where: describeEntry(raw, i), reason: z.prettifyError(parsed.error) });
    else if (size > maxRecordChars) problems.push({ where: describeEntry(raw, i), reason: `It is ${megabytes(size)}; a saved digest is at most ${megabytes(maxRecordChars)}.` });
    else valid.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records: valid };
}

/** Splits valid backup records into those to write and those skipped, with the reason. */
export function skipKnown(valid: readonly SavedDigest[], known: ReadonlyMap<string, KnownDigest>) {
  const seen = new Set<string>();
  const toWrite: SavedDigest[] = [];
  const skipped: ImportProblem[] = [];
  valid.forEach((record, i) => {
    const where = `digest ${i + 1} (${record.url})`;
    const current = known.get(record.url);
    if (seen.has(record.url)) skipped.push({ where, reason: 'The backup holds this page twice; the first copy was used.' });
    else if (current && current.updatedAt > record.updatedAt) skipped.push({ where, reason: 'The library has a newer copy.' });
    else if (current?.record && JSON.stringify(current.record) === JSON.stringify(record)) skipped.push({ where, reason: 'Already in the library, unchanged.' });
    else toWrite.push(record);
    seen.add(record.url);
  });
  return { toWrite, skipped };
}

/**
 * The characters of a value's strings and keys: the bulk of its JSON, without building the JSON
 * (stringifying every record of a 10,000-digest backup cost as much as parsing the file).
 */
function textChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  let chars = 0;
  for (const [key, item] of Object.entries(value)) chars += key.length + textChars(item);
  return chars;
}

function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

function describeEntry(raw: unknown, i: number): string {
  const url = typeof raw === 'object' && raw !== null && 'url' in raw && typeof raw.url === 'string' ? ` (${raw.url})` : '';
  return `digest ${i + 1}${url}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, reason: `Not valid JSON: ${error.message}` };
    // JSON nested deeper than the parser's stack: no backup this extension wrote.
    if (error instanceof RangeError) return { ok: false, reason: 'Not a backup: the JSON is nested far too deep to read.' };
    throw error;
  }
}

// Decides what importing a backup would do, before anything is written. All or nothing: if the
// file or any digest in it is invalid, nothing is imported and the report says which and why.
// Valid digests that the library already has in the same or a newer version are skipped (and
// reported); the rest are written together in one transaction by the caller.
// parseBackup and skipKnown are the two halves, for a caller that knows the library only by its
// list entries and reads full records just where it must.
// Each digest is brought to the form the library stores (storage/saved-digest-schema.ts): its key
// derived from its article's URL as the popup derives it, its dates canonical instants, none
// later than a day from now, its text once; then it is sized the way a save is.
import { z } from 'zod/mini';
import { boundedInstant, instantOf } from '../storage/instant';
import { libraryKey } from '../storage/library-key';
import { megabytes, recordChars, MAX_RECORD_CHARS } from '../storage/record-size';
import { fromStored, StoredDigestSchema, toStored, type SavedDigest, type StoredDigest } from '../storage/saved-digest-schema';
import { BackupEnvelopeSchema } from './backup-schema';
import { boundProblems, clip, type ImportProblem } from './bound-problems';

export type { ImportProblem } from './bound-problems';

export type ImportPlan =
  | { ok: true; toWrite: SavedDigest[]; skipped: ImportProblem[]; skippedCount: number }
  | { ok: false; problems: ImportProblem[] };

/**
 * A backup file larger than this is refused unread: about 20,000 saved digests. In bytes of the
 * file, which bounds its characters too; export refuses to write a larger one (build-backup.ts).
 */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;
export { MAX_RECORD_CHARS } from '../storage/record-size';

export interface ImportOptions {
  /** Default {@link MAX_BACKUP_CHARS}. */
  maxChars?: number;
  /** Default {@link MAX_RECORD_CHARS}. */
  maxRecordChars?: number;
  /** The importing machine's clock, for the future bound; default the real time. */
  now?: Date;
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

export function planImport(text: string, existing: readonly SavedDigest[], options: ImportOptions = {}): ImportPlan {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return parsed;
  return { ok: true, ...skipKnown(parsed.records, new Map(existing.map((record) => [record.url, { updatedAt: record.updatedAt, record }]))) };
}

/** Reads and checks a backup file: every digest valid, or the problems of all that are not (the first few in full). */
export function parseBackup(text: string, options: ImportOptions = {}): ParsedBackup {
  const maxChars = options.maxChars ?? MAX_BACKUP_CHARS;
  if (text.length > maxChars) return refuse(`The file is ${megabytes(text.length)}; a backup may be at most ${megabytes(maxChars)}.`);
  const json = parseJson(text);
  if (!json.ok) return refuse(json.reason);
  const envelope = BackupEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return refuse(`Not an Article Digest backup: ${z.prettifyError(envelope.error)}`);

  const problems: ImportProblem[] = [];
  const valid: SavedDigest[] = [];
  const maxRecordChars = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const now = options.now ?? new Date();
  // No digest can be larger than the whole file: then sizing each one is skipped.
  const sizeEach = text.length > maxRecordChars;
  envelope.data.digests.forEach((raw, i) => {
    const parsed = StoredDigestSchema.safeParse(raw);
    if (!parsed.success) return void problems.push({ where: describeEntry(raw, i), reason: z.prettifyError(parsed.error), kind: 'not a valid digest' });
    const stored = asStored(parsed.data, now);
    // Sized only once valid: a valid record is shallow, so measuring it cannot exhaust the stack.
    const size = sizeEach ? recordChars(stored) : 0;
    if (size > maxRecordChars) {
      problems.push({ where: describeEntry(raw, i), reason: `It is ${megabytes(size)}; a saved digest is at most ${megabytes(maxRecordChars)}.`, kind: 'too large' });
    } else valid.push(fromStored(stored));
  });
  return problems.length > 0 ? { ok: false, problems: boundProblems(problems) } : { ok: true, records: valid };
}

/** Splits valid backup records into those to write and those skipped, with the reason (the first few in full). */
export function skipKnown(valid: readonly SavedDigest[], known: ReadonlyMap<string, KnownDigest>) {
  const seen = new Set<string>();
  const toWrite: SavedDigest[] = [];
  const skipped: ImportProblem[] = [];
  valid.forEach((record, i) => {
    const where = `digest ${i + 1} (${clip(record.url)})`;
    const current = known.get(record.url);
    if (seen.has(record.url)) skipped.push({ where, reason: 'The backup holds this page twice; the first copy was used.', kind: 'twice in the backup' });
    else if (current && compareInstants(current.updatedAt, record.updatedAt) > 0) skipped.push({ where, reason: 'The library has a newer copy.', kind: 'older than the library’s copy' });
    else if (current?.record && sameData(toStored(current.record), toStored(record))) skipped.push({ where, reason: 'Already in the library, unchanged.', kind: 'unchanged' });
    else toWrite.push(record);
    seen.add(record.url);
  });
  return { toWrite, skipped: boundProblems(skipped), skippedCount: skipped.length };
}

/**
 * The record as the library would store it: keyed by its article's URL (a backup's own key may be
 * anything, and a record under another key is invisible to the popup's "Saved" check), dates
 * canonical and none far in the future, text once.
 */
function asStored(record: StoredDigest, now: Date): StoredDigest {
  return {
    ...toStored(fromStored(record)),
    url: libraryKey(record.article.url || record.url),
    // Valid instants (the schema checked them): never null here.
    savedAt: boundedInstant(record.savedAt, now) ?? record.savedAt,
    updatedAt: boundedInstant(record.updatedAt, now) ?? record.updatedAt,
  };
}

function compareInstants(a: string, b: string): number {
  return (instantOf(a) ?? 0) - (instantOf(b) ?? 0);
}

/** Deep equality of JSON data, whatever the order of object keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function refuse(reason: string): ParsedBackup {
  return { ok: false, problems: [{ where: 'file', reason: clip(reason) }] };
}

function describeEntry(raw: unknown, i: number): string {
  const url = typeof raw === 'object' && raw !== null && 'url' in raw && typeof raw.url === 'string' ? ` (${clip(raw.url)})` : '';
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

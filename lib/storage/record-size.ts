// How large one saved digest may be, measured one way for saving and for importing, so that the
// library never holds a record that its own backup could not bring back.
import type { StoredDigest } from './saved-digest-schema';

/** One stored digest larger than this (characters of its strings and keys) is refused, on save and on import. */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * The characters of a value's strings and keys: the bulk of its JSON, without building the JSON
 * (stringifying every record of a 10,000-digest backup cost as much as parsing the file).
 */
export function recordChars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  let chars = 0;
  for (const [key, item] of Object.entries(value)) chars += key.length + recordChars(item);
  return chars;
}

/** The refusal to show when a record is over the limit, or null when it fits. */
export function recordTooLarge(record: StoredDigest, maxChars = MAX_RECORD_CHARS): string | null {
  const chars = recordChars(record);
  return chars > maxChars ? `It is ${megabytes(chars)}; a saved digest may be at most ${megabytes(maxChars)}.` : null;
}

export function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

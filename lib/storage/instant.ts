// Dates in saved records are instants: ISO 8601 strings that parse to a time. Stored in one
// canonical form (toISOString, UTC to the millisecond) so that the library's index, which orders
// strings, orders them by time; compared as numbers wherever two copies meet.
import { z } from 'zod/mini';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch of an ISO 8601 date or date-time, or null when it is none. */
export function instantOf(value: string): number | null {
  if (!ISO_8601.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** The canonical form of an instant (2026-11-20T08:00:00.000Z), or null when `value` is none. */
export function canonicalInstant(value: string): string | null {
  const ms = instantOf(value);
  return ms === null ? null : new Date(ms).toISOString();
}

export const InstantSchema = z.string().check(
  z.refine((value) => instantOf(value) !== null, 'must be an ISO 8601 date and time, such as 2026-11-20T08:00:00.000Z'),
);

/** A date this far past the machine's clock is a wrong clock, not a later save: it is brought back to now. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * The canonical form of an instant, brought back to `now` when it lies more than
 * {@link MAX_FUTURE_MS} ahead (a date far in the future would pin a record first in the list
 * and win every comparison); null when `value` is no instant.
 */
export function boundedInstant(value: string, now: Date): string | null {
  const ms = instantOf(value);
  if (ms === null) return null;
  return new Date(ms > now.getTime() + MAX_FUTURE_MS ? now.getTime() : ms).toISOString();
}

// What a failed library write means for the user: a full quota or an interrupted write are
// expected, so they become errors whose message says what happened and what to do. Others pass.

/** The error to show for a failed write to the library; the original stays as its cause. */
export function describeStorageError(error: unknown): unknown {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new Error('The browser has no storage space left for the library, so nothing was saved. Delete digests you no longer need or free disk space, then try again.', {
      cause: error,
    });
  }
  if (name === 'AbortError') return new Error('The library write was interrupted, so nothing was saved. Try again.', { cause: error });
  return error;
}

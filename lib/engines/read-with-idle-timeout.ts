// Reads a stream of text slices, giving up when nothing arrives for `idleMs` or when more than
// `maxChars` came: an on-device model that stalls or runs on must not leave the popup spinning or
// fill its memory. The user's cancel rejects; a stall or a runaway is a value.

export type StreamRead = { ok: true; text: string } | { ok: false; timedOut: true } | { ok: false; tooLong: true };

export async function readWithIdleTimeout(
  stream: ReadableStream<string>,
  idleMs: number,
  onText: (text: string, total: number) => void,
  signal?: AbortSignal,
  maxChars = Number.POSITIVE_INFINITY,
): Promise<StreamRead> {
  const reader = stream.getReader();
  let text = '';
  for (;;) {
    signal?.throwIfAborted();
    const next = await raceIdle(reader.read(), idleMs, signal);
    if (next === 'idle') {
      await reader.cancel('idle timeout');
      return { ok: false, timedOut: true };
    }
    if (next.done) return { ok: true, text };
    if (text.length + next.value.length > maxChars) {
      await reader.cancel('too long');
      return { ok: false, tooLong: true };
    }
    text += next.value;
    onText(next.value, text.length);
  }
}

function raceIdle<T>(read: Promise<T>, idleMs: number, signal?: AbortSignal): Promise<T | 'idle'> {
  return new Promise((resolve, reject) => {
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(() => finish(() => resolve('idle')), idleMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    read.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

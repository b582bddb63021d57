// Reads a stream of bytes up to a limit, counting as it goes: a body is never held whole before
// its size is known, so a 300 MB answer, a gzip bomb or an endless standard input costs at most
// the limit. The stream is left (and its source destroyed by the caller) once the limit is passed.

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true; bytesRead: number };

export async function readBounded(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<BoundedRead> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    // Leaving the loop ends the iteration, which destroys a Node stream or cancels a web one.
    if (total > maxBytes) return { ok: false, tooLarge: true, bytesRead: total };
    parts.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(parts, total) };
}

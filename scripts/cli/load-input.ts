// One CLI input (a file, `-` for standard input, or an http(s) URL) to HTML text, or a coded
// failure. Every source is read as a stream and counted, so its size is known before it is held:
// standard input that never ends, a FIFO, a 10 GB file or a .html.gz bomb each stop at the limit.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { decodeHtml } from '../../lib/dom/decode-html';
import { fetchPage, type Loaded } from './fetch-page';
import { formatBytes, type InputLimits } from './input-limits';
import { readBounded } from './read-bounded';
import { sniffBinary } from './sniff-binary';

export async function loadInput(source: string, urlOverride: string | undefined, limits: InputLimits): Promise<Loaded> {
  if (/^https?:\/\//i.test(source)) {
    const fetched = await fetchPage(source, limits);
    return fetched.ok && urlOverride ? { ...fetched, url: urlOverride } : fetched;
  }
  const raw: Readable = source === '-' ? process.stdin : createReadStream(source);
  const gzipped = source.endsWith('.gz');
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  // pipe() does not pass a read error on (a missing .gz would leave the gunzip waiting forever).
  if (stream !== raw) raw.once('error', (error) => stream.destroy(error));
  try {
    const read = await readBounded(stream, limits.maxBytes);
    if (!read.ok) {
      const what = gzipped ? `${source} inflates to more than` : `${source} is more than`;
      return fail('too-large', `${what} ${formatBytes(limits.maxBytes)}; a page may be at most that.`);
    }
    const binary = sniffBinary(read.bytes);
    if (binary) return fail('not-html', `${source} is ${binary}, not an HTML page.`);
    // Legacy-charset pages (iso-8859-1, windows-1252) decoded as UTF-8 would lose every umlaut.
    return { ok: true, html: decodeHtml(read.bytes), url: urlOverride ?? '' };
  } catch (error) {
    // A missing or unreadable file, or bytes that are not gzip: the input's fault, told by code.
    if (error instanceof Error && 'code' in error) return fail('unreadable-input', `${source}: ${error.message}`);
    throw error;
  } finally {
    // Closed on every path, a file's descriptor and standard input alike: each is read once.
    raw.destroy();
    stream.destroy();
  }
}

function fail(code: 'too-large' | 'not-html' | 'unreadable-input', message: string): Loaded {
  return { ok: false, error: { code, message } };
}

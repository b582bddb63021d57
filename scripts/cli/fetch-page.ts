// Fetches one page for the CLI within a time and a byte budget. Redirects are followed by hand,
// so each hop is counted and checked, and the clock covers them all; the body (inflated, when the
// server compressed it) is counted as it arrives, so neither a gzip bomb nor an endless body is
// ever held whole; a server that drips a byte every few seconds meets the same clock.
import { decodeHtml } from '../../lib/dom/decode-html';
import type { Failure } from '../../lib/article';
import { formatBytes, type InputLimits } from './input-limits';
import { readBounded } from './read-bounded';
import { sniffBinary } from './sniff-binary';

export type Loaded = { ok: true; html: string; url: string } | { ok: false; error: Failure };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchPage(url: string, limits: InputLimits): Promise<Loaded> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    return await fetchWithin(url, limits, signal);
  } catch (error) {
    if (signal.aborted) return fail('timeout', `${url} did not answer in full within ${limits.timeoutMs / 1000} s.`);
    // fetch rejects with a TypeError for DNS, refused connections, resets and bad encodings; the
    // reason is in its cause.
    if (error instanceof TypeError) return fail('fetch-failed', `${url}: ${describeCause(error)}`);
    throw error;
  }
}

async function fetchWithin(url: string, limits: InputLimits, signal: AbortSignal): Promise<Loaded> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (redirects >= limits.maxRedirects) return fail('fetch-failed', `${url} redirected more than ${limits.maxRedirects} times (a redirect loop?).`);
      const next = location ? safeUrl(location, current) : null;
      if (!next) return fail('fetch-failed', `${current} redirected to ${JSON.stringify(location?.slice(0, 200) ?? '')}, which is not an http(s) address.`);
      current = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return fail('fetch-failed', `${current} answered HTTP ${response.status}.`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) {
      await response.body?.cancel();
      return fail('not-html', `${current} is ${type.slice(0, 100)}, not an HTML page.`);
    }
    // A declared length over the limit is refused unread (for a compressed body it is the size on the wire).
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      return fail('too-large', `${current} is ${formatBytes(declared)}; a page may be at most ${formatBytes(limits.maxBytes)}.`);
    }
    const body = response.body ? await readBounded(response.body, limits.maxBytes) : { ok: true as const, bytes: new Uint8Array() };
    if (!body.ok) return fail('too-large', `${current} sent more than ${formatBytes(limits.maxBytes)}${response.headers.has('content-encoding') ? ' once inflated' : ''}; a page may be at most that.`);
    const binary = sniffBinary(body.bytes);
    if (binary) return fail('not-html', `${current} is ${binary}, not an HTML page.`);
    const charset = /charset=([^;]+)/i.exec(type)?.[1] ?? null;
    return { ok: true, html: decodeHtml(body.bytes, charset), url: current };
  }
}

function safeUrl(location: string, base: string): string | null {
  try {
    const next = new URL(location, base);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next.href : null;
  } catch (error) {
    // An unparsable Location header is the server's mistake, told as such.
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function describeCause(error: TypeError): string {
  const cause: unknown = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}

function fail(code: Failure['code'], message: string): Loaded {
  return { ok: false, error: { code, message } };
}

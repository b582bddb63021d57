// One POST to a model endpoint, read as a stream: honours 429 Retry-After (bounded), gives up on
// a stream that goes quiet for `idleTimeoutMs` or runs past MAX_REPLY_CHARS, follows no redirect
// (it would carry the key's header to wherever it points), and turns every HTTP outcome into a
// value. Only the user's cancel (the caller's AbortSignal) rejects.
import { z } from 'zod/mini';
import type { ModelFailure, ModelFailureKind } from './model-client';
import { parseJsonWith } from './parse-json-with';
import { scrubSecret, serverText } from './redact-settings';
import type { Sleep } from './sleep';

export interface PostStreamingOptions {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal;
  idleTimeoutMs: number;
  maxRetryWaitMs: number;
  /** The API key, so that no failure message can echo it. */
  secret: string;
  /** Receives the response body as text, slice by slice. */
  onText: (text: string) => void;
}

export interface HttpDeps {
  fetch: typeof fetch;
  sleep: Sleep;
  now: () => Date;
}

export type PostResult = { ok: true; contentType: string } | { ok: false; failure: ModelFailure };

const MAX_RETRIES = 2;
const DEFAULT_RETRY_MS = 2_000;
/** A digest is a few KB of JSON; a reply past this is a runaway model or a hostile server. */
export const MAX_REPLY_CHARS = 2 * 1024 * 1024;
export const REPLY_TOO_LONG = `the reply was longer than ${MAX_REPLY_CHARS / (1024 * 1024)} MB, so it was cut off`;
/** What is read of an error body: its message is cut to 200 characters anyway. */
const MAX_ERROR_BODY_CHARS = 64 * 1024;

/** Resolves once the whole body was read (ok) or the request failed (a value, not a throw). */
export async function postStreaming(options: PostStreamingOptions, deps: HttpDeps): Promise<PostResult> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce(options, deps);
    if (outcome.retryAfterMs === undefined) return outcome.reply;
    const wait = outcome.retryAfterMs;
    if (attempt >= MAX_RETRIES || wait > options.maxRetryWaitMs) {
      return { ok: false, failure: { kind: 'rate-limited', message: `rate limited (HTTP 429, retry after ${Math.ceil(wait / 1000)} s)` } };
    }
    await deps.sleep(wait, options.signal);
  }
}

type Attempt = { reply: PostResult; retryAfterMs?: undefined } | { retryAfterMs: number };

async function attemptOnce(options: PostStreamingOptions, deps: HttpDeps): Promise<Attempt> {
  const controller = new AbortController();
  const cancel = () => controller.abort(options.signal?.reason);
  options.signal?.throwIfAborted();
  options.signal?.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('idle timeout'));
    }, options.idleTimeoutMs);
  };
  const failed = (kind: ModelFailureKind, message: string, status?: number): Attempt => ({
    reply: { ok: false, failure: { kind, message: scrubSecret(message, options.secret), status } },
  });
  try {
    arm();
    // Called unbound: browsers throw "Illegal invocation" when fetch runs with `this` = deps.
    const fetchUnbound = deps.fetch;
    const response = await fetchUnbound(options.url, {
      method: 'POST',
      headers: options.headers,
      body: JSON.stringify(options.body),
      signal: controller.signal,
      // A redirect keeps custom headers (x-api-key) even to another origin: none is followed.
      redirect: 'manual',
    });
    // Browsers answer a redirect not followed with an opaque response (status 0); Node with the 3xx.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      const to = location ? ` to ${originOf(location, options.url)}` : '';
      return failed('http-error', `the endpoint answered with a redirect${to}, which is not followed with the key; set the base URL to where it leads`, response.status || undefined);
    }
    if (response.status === 429) {
      await response.body?.cancel();
      return { retryAfterMs: retryAfterMs(response.headers, deps.now()) };
    }
    if (!response.ok) {
      const detail = errorDetail(await readText(response, MAX_ERROR_BODY_CHARS), options.secret);
      return failed(kindOfStatus(response.status), `HTTP ${response.status}${detail ? `: ${detail}` : ''}`, response.status);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const whole = await readBody(response, MAX_REPLY_CHARS, (text) => {
      arm();
      options.onText(text);
    });
    if (!whole) return failed('bad-response', REPLY_TOO_LONG);
    return { reply: { ok: true, contentType } };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timedOut) return failed('timeout', `no data for ${formatDuration(options.idleTimeoutMs)}`);
    // fetch rejects with a TypeError for DNS, refused connections, CORS and missing permission.
    if (error instanceof TypeError) return failed('network', `cannot reach ${new URL(options.url).origin} (${error.message})`);
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** Reads the body slice by slice; false (the stream cancelled) once it passes `maxChars`. */
async function readBody(response: Response, maxChars: number, onText: (text: string) => void): Promise<boolean> {
  if (!response.body) return true;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let chars = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    chars += text.length;
    if (chars > maxChars) {
      await reader.cancel();
      return false;
    }
    onText(text);
  }
  const rest = decoder.decode();
  if (rest) onText(rest);
  return true;
}

/** At most `maxChars` of a body: an error page can be as long as a server likes. */
async function readText(response: Response, maxChars: number): Promise<string> {
  let text = '';
  await readBody(response, maxChars, (slice) => (text += slice));
  return text.slice(0, maxChars);
}

function originOf(location: string, base: string): string {
  try {
    return new URL(location, base).origin;
  } catch (error) {
    // A Location that is no URL is named as "another address" rather than echoed.
    if (error instanceof TypeError) return 'another address';
    throw error;
  }
}

/** OpenAI and Anthropic both answer errors as `{ "error": { "message" } }`; others send text. */
const ErrorBodySchema = z.object({ error: z.object({ message: z.string() }) });

function errorDetail(body: string, secret: string): string {
  return serverText(parseJsonWith(body, ErrorBodySchema)?.error.message ?? body, secret, 200);
}

export function formatDuration(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function kindOfStatus(status: number): ModelFailureKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status >= 500) return 'server-error';
  return 'http-error';
}

/** `retry-after-ms` (OpenAI) wins over `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers, now: Date): number {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (!value) return DEFAULT_RETRY_MS;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now.getTime()) : DEFAULT_RETRY_MS;
}

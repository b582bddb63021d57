// What one CLI input may cost before it is answered with a coded failure and the run goes on.
import { MAX_HTML_CHARS } from '../../lib/guard/page-limits';

export interface InputLimits {
  /** Bytes read from a file, standard input, a .gz once inflated, or a URL's body once decoded. */
  maxBytes: number;
  /** Milliseconds a URL may take in all: connecting, redirects and the whole body. */
  timeoutMs: number;
  /** Redirects followed for one URL; one more is `fetch-failed`. */
  maxRedirects: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  // Any more bytes decode to more than MAX_HTML_CHARS characters (at most 3 UTF-8 bytes or 2
  // UTF-16 bytes to a character), which the door check refuses anyway: reading on is waste.
  maxBytes: 3 * MAX_HTML_CHARS,
  timeoutMs: 30_000,
  // Browsers follow 20; a page behind more than a handful is a loop in practice.
  maxRedirects: 10,
};

/** "24 MB": limits are round decimal numbers, so they are named that way. */
export function formatBytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000).toLocaleString('en-US')} MB`;
}

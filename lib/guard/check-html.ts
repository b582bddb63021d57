// The door check for HTML given as a string (the CLI, the tests): refuse what no parse should
// start on, before parsing, since parsing itself is what would take minutes.
import type { Failure } from '../article';
import { failure } from '../failure';
import { estimateNesting } from './estimate-nesting';
import { MAX_HTML_CHARS, MAX_HTML_NESTING } from './page-limits';

export interface HtmlLimits {
  /** Default {@link MAX_HTML_CHARS}. */
  maxChars?: number;
  /** Default {@link MAX_HTML_NESTING}. */
  maxNesting?: number;
}

/** `too-large` when the HTML is too long or nests too deep; null when it may be parsed. */
export function checkHtml(html: string, limits: HtmlLimits = {}): { ok: false; error: Failure } | null {
  const maxChars = limits.maxChars ?? MAX_HTML_CHARS;
  const maxNesting = limits.maxNesting ?? MAX_HTML_NESTING;
  if (html.length > maxChars) {
    return failure('too-large', `The page is ${html.length.toLocaleString('en-US')} characters of HTML; the limit is ${maxChars.toLocaleString('en-US')}.`);
  }
  if (estimateNesting(html, maxNesting) > maxNesting) return failure('too-large', `The page nests its tags more than ${maxNesting} deep.`);
  if (looksBinary(html)) return failure('not-html', 'The input looks like binary data, not an HTML page.');
  return null;
}

const SNIFF_CHARS = 4096;
// Text never holds C0 controls other than tab, newline, form feed and carriage return, nor C1
// controls (what bytes 0x80-0x9f decode to as Latin-1); binary data is full of them. A few are
// tolerated: pages do carry a stray one. NUL is left out: a page padded with NULs still reads.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const MAX_CONTROL_SHARE = 0.05;

/** True when the start of `html` has the control characters of binary data, not of text. */
function looksBinary(html: string): boolean {
  const sample = html.slice(0, SNIFF_CHARS);
  return (sample.match(CONTROL)?.length ?? 0) > sample.length * MAX_CONTROL_SHARE;
}

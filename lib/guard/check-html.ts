// The door check for HTML given as a string (the CLI, the tests): refuse what no parse should
// start on, before parsing, since parsing itself is what would take minutes.
import { failure, type Failure } from '../article';
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
  return null;
}

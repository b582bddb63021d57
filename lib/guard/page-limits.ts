// Limits that keep one page from costing the user more than a moment, whatever the web serves.
// Pure: plain numbers, for the CLI, the injected extractor and the tests alike. Real pages sit far
// below every limit (bench/reliability.md: of 402 benchmark pages the deepest nests 51 elements,
// the largest has 9,748 elements and 1.6 MB of HTML).

/** HTML given as a string (CLI, tests) longer than this is refused before parsing: 5× the largest benchmark page. */
export const MAX_HTML_CHARS = 8_000_000;
/** HTML whose tags nest deeper than this (estimated before parsing) is refused: Chromium's parser stops nesting at 512. */
export const MAX_HTML_NESTING = 512;
/** Pages with more elements than this are refused as `too-large`. */
export const MAX_ELEMENTS = 100_000;
/**
 * Pages nesting elements deeper than this are refused: Readability's cleaning is worse than
 * quadratic in depth (250 levels cost seconds), and recursive walks would exhaust the stack.
 * Five times the deepest benchmark page; Chromium's own parser stops nesting at 512.
 */
export const MAX_DEPTH = 256;
/** Time one page's extraction may take before it answers `timeout`, checked between steps. */
export const EXTRACT_BUDGET_MS = 10_000;
/** The digest reads at most this much of an article's text (about 100,000 words, a long book). */
export const MAX_DIGEST_CHARS = 600_000;
/**
 * The digest reads at most this many blocks: sentence ranking compares sentences pairwise, and
 * 50,000 three-word paragraphs of one vocabulary made it run for minutes. Real articles have a
 * few hundred blocks.
 */
export const MAX_DIGEST_BLOCKS = 3_000;
/** Metadata longer than this (title, site name, dates) is no title but a page bug; it is cut. */
export const MAX_META_CHARS = 1_000;

/** Cuts a metadata string to {@link MAX_META_CHARS}, keeping null as null. */
export function clipMeta<T extends string | null | undefined>(value: T, maxChars = MAX_META_CHARS): T {
  return (typeof value === 'string' && value.length > maxChars ? `${value.slice(0, maxChars - 1)}…` : value) as T;
}

/** A length a page states for itself (JSON-LD wordCount) above this is no article: War and Peace has 590,000 words. */
export const MAX_STATED_WORDS = 1_000_000;

/**
 * A count read from a page (a number, or digits in a string) as a whole number from 0 to `max`,
 * or null when it is anything else: JSON.parse reads 1e999 as Infinity, and pages state nonsense.
 */
export function pageCount(value: unknown, max: number): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isFinite(number) && number >= 0 && number <= max ? Math.round(number) : null;
}

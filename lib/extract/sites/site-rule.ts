// What a site module may say about a site: how to recognise it, and which of its elements and
// phrases are boilerplate. Data only; the generic steps do the work.

/**
 * A <head> element that marks a platform: its tag, then tests of its attributes written as in a CSS
 * attribute selector, all of which must hold: `['meta', 'name=generator', 'content^=Ghost']` is
 * `meta[name="generator"][content^="Ghost"]`. A selector would be parsed and compiled again for
 * every page (on linkedom, 0.6 ms a page for the six rules).
 */
export type HeadMark = readonly [tag: 'meta' | 'link' | 'script', ...tests: string[]];

export interface SiteRule {
  name: string;
  /** Host names (or their parent domains) the rule applies to. */
  hosts?: readonly string[];
  /** <head> elements that mark the platform (a generator meta tag, its CDN); any one is enough. */
  detectInHead?: readonly HeadMark[];
  /** Classes on <body> that mark the platform (WordPress themes' body_class). */
  detectBodyClass?: RegExp;
  /** Elements that are never article text on this site. */
  remove?: readonly string[];
  /** Boxes that restate the body (summary boxes, FAQ rehashes): their repeats are dropped. */
  restating?: readonly string[];
  /** Elements that are a paywall or subscribe gate cutting the article short. */
  gates?: readonly string[];
  /** Phrases of gates that cut the article short (paywalls, "subscribe to keep reading"). */
  gatePhrases?: readonly RegExp[];
  /** Phrases of short blocks that are boilerplate wherever they sit. */
  boilerplatePhrases?: readonly RegExp[];
}

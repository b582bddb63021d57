// What a site module may say about a site: how to recognise it, and which of its elements and
// phrases are boilerplate. Data only; the generic steps do the work.

export interface SiteRule {
  name: string;
  /** Host names (or their parent domains) the rule applies to. */
  hosts?: readonly string[];
  /** A CSS selector for <head> elements that mark the platform (a generator meta tag, its CDN). */
  detectInHead?: string;
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

// The words of the Markdown export that are not the article's: section headings, the attribution
// line, the audience names. Data handed in by the caller (the extension in the reader's language,
// the CLI in English by default), so this module holds no language of its own.
import type { Audience } from '../digest/digest-schema';

export interface MarkdownLabels {
  sections: {
    summary: string;
    keyTakeaway: string;
    keyInsights: string;
    principles: string;
    method: string;
    inPractice: string;
    topics: string;
    bestFor: string;
  };
  /** The note's heading for a page with no title. */
  untitled: string;
  /** A footnote's link text. */
  source: string;
  /** Each audience value as the reader's language names it (the front matter keeps the value). */
  audiences: Record<Audience, string>;
  /**
   * The attribution line's parts, each a template with a `{title}`, `{author}`, `{site}` or
   * `{date}` slot: "Digest of {title}" "by {author}", "published by {site}" "on {date}". The line
   * reads `digestOf by, publishedBy on. closing`, with the parts the article lacks left out.
   */
  attribution: {
    digestOf: string;
    /** Stands in for the title when the page has none. */
    originalArticle: string;
    byAuthor: string;
    publishedBy: string;
    publishedOn: string;
    closing: string;
  };
}

const SLOT = /\{(title|author|site|date)\}/g;

/** `template` with its slot filled by `value` (one pass: the value is never read for slots). */
export function fillSlot(template: string, value: string): string {
  return template.replace(SLOT, () => value);
}

// Types shared by the local engine's steps: the prepared sentences they choose from and the
// record each step keeps of what it chose and why (the "why is this on my card?" view).
import type { Article } from '../article';
import type { DigestLanguage } from '../text/digest-language';
import type { WordToken } from '../text/tokenize-words';
import type { WordFacts } from './word-facts';

/** One sentence of the article, with what the steps need to judge it. */
export interface Sentence {
  /** Position among all sentences, in reading order. */
  index: number;
  /** Verbatim: `article.text.slice(start, end) === text` whenever the block could be located. */
  text: string;
  start: number;
  end: number;
  blockIndex: number;
  blockType: Article['blocks'][number]['type'];
  /** Text of the nearest heading above, lowercased; '' before any heading. */
  heading: string;
  /** Word count. */
  words: number;
  /** The sentence's word tokens (offsets within `text`), cut once and shared by every step. */
  tokens: WordToken[];
  /** What the digest knows of each token (stem, topic stem, audience cue), parallel to `tokens`. */
  facts: WordFacts[];
  /** Stems of the content words (stop-words dropped), in order. */
  stems: string[];
  /** True when markup cut the sentence across blocks and it was joined again: fine for the
   *  summary, but its quote would hold a paragraph break, so it never becomes an item. */
  spansBlocks: boolean;
  /** Why the sentence can't stand alone as an item (heading, lead-in, boilerplate...), or null. */
  unusable: string | null;
}

/** What the steps share: the article, its language and its sentences. */
export interface DigestContext {
  article: Article;
  /** Full rules for en/de/fr/es; null means the language-neutral path (summary and topics only). */
  lang: DigestLanguage | null;
  /** BCP 47 tag for Intl APIs. */
  locale: string;
  sentences: Sentence[];
  /** Frequency of each content stem over the usable sentences. */
  stemCounts: Map<string, number>;
}

/** One decision of a step: `{step, reason, text}` as STYLE.md asks. */
export interface Choice {
  step: string;
  reason: string;
  text: string;
}

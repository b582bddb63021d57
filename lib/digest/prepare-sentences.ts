// First step of the local engine: cut the article into sentences, locate each one in
// article.text (so quotes are verbatim), stem its content words and judge whether it can stand
// alone. Every later step chooses from this list.
import type { Article } from '../article';
import type { DigestLanguage } from '../text/digest-language';
import { splitSentences } from '../text/split-sentences';
import { tokenizeWords, type WordToken } from '../text/tokenize-words';
import { TERMINAL, unusableReason } from './classify-sentence';
import type { Sentence } from './digest-types';
import { wordFacts, type WordFacts } from './word-facts';

/** A sentence's tokens with their facts, and the stems of its content words (not stop-words or
 *  bare numbers), in order. */
function wordsOf(text: string, lang: DigestLanguage | null): Pick<Sentence, 'tokens' | 'facts' | 'stems' | 'words'> {
  const tokens = tokenizeWords(text);
  const facts: WordFacts[] = [];
  const stems: string[] = [];
  for (const token of tokens) {
    const word = wordFacts(token.lower, lang);
    facts.push(word);
    if (word.contentStem !== null) stems.push(word.contentStem);
  }
  return { tokens, facts, stems, words: tokens.length };
}

/** Where a sentence sits and what the digest has judged of it: every field but its text and words. */
export type SentencePlace = Omit<Sentence, 'text' | 'tokens' | 'facts' | 'stems' | 'words'>;

/**
 * The one place a Sentence is made (here, and for a unit's part of one in sentence-roles), every
 * field written out in one order. A literal's shape lives as long as this code; one built by
 * spreading another object is dropped by each full garbage collection that finds no sentence
 * alive, and with it the optimized code of every step that reads sentences (which then ran
 * unoptimized: a digest after a collection took twice as long).
 */
export function sentenceOf(place: SentencePlace, text: string, { tokens, facts, stems, words }: Pick<Sentence, 'tokens' | 'facts' | 'stems' | 'words'>): Sentence {
  return {
    index: place.index,
    text,
    start: place.start,
    end: place.end,
    blockIndex: place.blockIndex,
    blockType: place.blockType,
    heading: place.heading,
    words,
    tokens,
    facts,
    stems,
    spansBlocks: place.spansBlocks,
    unusable: place.unusable,
  };
}

/** The same sentence seen again (FAQ rehash, summary box): compared on its words only. */
function repeatKey(tokens: readonly WordToken[]): string {
  return tokens.map((t) => t.lower).join(' ');
}


// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const OPENS_IN_LOWERCASE = /^[\s"'“”‘’]*\p{Ll}/u;
const LONE_QUOTE_MARK = /^["'“”‘’]$/u;
const BLANK_LINES = /\n{2,}/;
const SPACES = /\s+/g;

/** True when this block continues the previous paragraph's unfinished sentence. */
function joinsPrevious(previous: Article['blocks'][number] | null, block: Article['blocks'][number], before: string, after: string): boolean {
  if (previous?.type !== 'paragraph' || block.type !== 'paragraph' || TERMINAL.test(before)) return false;
  // A lone quote mark or a lowercase opening can't start a sentence.
  return OPENS_IN_LOWERCASE.test(after) || LONE_QUOTE_MARK.test(before.trim());
}

const MAX_JOINED_CHARS = 2_000;
/** A byline runs into one of the article's first blocks, if any. */
const BYLINE_BLOCKS = 3;
const REGEXP_SPECIALS = /[.*+?^${}()|[\]\\]/g;
/** A dateline glued to the text: up to four capitalized place words, then the source in
 *  parentheses, then a capital with no space ("London (CNN)It was", "(The Hollywood Reporter)Stan"). */
const DATELINE = /^(?:\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3} )?\([^()]{2,40}\)(?=\p{Lu})/u;

/** "By <byline> " (or Von, Par, Por) before a capital: the byline run into the text. */
function bylineLeadOf(byline: string | null): RegExp | null {
  const name = byline?.trim();
  if (!name || name.length > 80) return null;
  return new RegExp(`^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or)\\s+${name.replace(REGEXP_SPECIALS, '\\$&')}[\\s:.,–—-]+(?=\\p{Lu})`, 'u');
}

export function prepareSentences(article: Article, lang: DigestLanguage | null, locale: string): Sentence[] {
  const seen = new Map<string, number>();
  let headingText = '';
  let cursor = 0;
  const sentences: Sentence[] = [];
  let previousBlock: Article['blocks'][number] | null = null;
  const bylineLead = bylineLeadOf(article.byline);
  // An article with text but no blocks (an older record, another engine's input) still gets a digest.
  const blocks: Article['blocks'] = article.blocks.length
    ? article.blocks
    : article.text.split(BLANK_LINES).filter((t) => t.trim()).map((text) => ({ type: 'paragraph' as const, text }));
  // A loop, not forEach with an arrow: V8 drops a closure's optimized code once the closure is
  // garbage, and this is the digest's busiest loop.
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex] as Article['blocks'][number];
    const found = article.text.indexOf(block.text, cursor);
    // When a block can't be located (text and blocks out of step), offsets are -1 and quotes still
    // come from the block's own text.
    const base = found >= 0 ? found : -1;
    if (found >= 0) cursor = found + block.text.length;
    const spans = splitSentences(block.text, locale);
    const first = spans[0];
    const last = sentences[sentences.length - 1];
    // Markup sometimes cuts one sentence over two paragraphs ("...on Thursday" / "but there were...").
    // Joins stop at MAX_JOINED_CHARS: each join re-reads the whole sentence, so 50,000 three-word
    // paragraphs joined into one took minutes (and a sentence that long is unusable anyway).
    if (first && last && base >= 0 && last.start >= 0 && base + first.end - last.start <= MAX_JOINED_CHARS && joinsPrevious(previousBlock, block, last.text, first.text)) {
      spans.shift();
      const end = base + first.end;
      last.text = article.text.slice(last.start, end).replace(SPACES, ' ');
      last.end = end;
      last.spansBlocks = true;
      Object.assign(last, wordsOf(last.text, lang));
    }
    // "Von Daniel Weinmann Sie ist nicht nur…", "Hong Kong (CNN Business)A muddled view…": a byline
    // or a dateline run into the first paragraph is no part of its sentence.
    if (blockIndex < BYLINE_BLOCKS && spans[0]) {
      const lead = (bylineLead?.exec(spans[0].text) ?? DATELINE.exec(spans[0].text))?.[0].length ?? 0;
      if (lead && lead < spans[0].text.length) spans[0] = { text: spans[0].text.slice(lead), start: spans[0].start + lead, end: spans[0].end };
    }
    for (const span of spans) {
      const place = {
        index: sentences.length,
        start: base >= 0 ? base + span.start : -1,
        end: base >= 0 ? base + span.end : -1,
        blockIndex,
        blockType: block.type,
        heading: headingText,
        spansBlocks: false,
        unusable: null,
      };
      sentences.push(sentenceOf(place, span.text, wordsOf(span.text, lang)));
    }
    previousBlock = block;
    if (block.type === 'heading') headingText = block.text.toLowerCase();
  }
  const total = Math.max(1, sentences.length - 1);
  const domain = siteDomain(article);
  for (const sentence of sentences) {
    const { text, blockType, words } = sentence;
    let unusable = unusableReason({ text, blockType, words, relativePosition: sentence.index / total });
    if (!unusable && domain && ADDRESSES_THE_READER.test(text) && namesDomain(text, domain)) unusable = `boilerplate (asks the reader about the site, ${domain})`;
    const key = repeatKey(sentence.tokens);
    const first = seen.get(key);
    if (first !== undefined && sentence.blockType !== 'heading') unusable = `repeat of sentence ${first}`;
    else seen.set(key, sentence.index);
    sentence.unusable = unusable;
  }
  return sentences;
}

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const WWW = /^www\d*\./;
/** A second-level label this short under a country code is a registry's ("co.uk", "com.au"). */
const REGISTRY_LABEL = /^(?:co|com|net|org|gov|ac|edu|or|ne)$/;
const MIN_DOMAIN_CHARS = 6;
const LETTER_BEFORE = /[\p{L}\p{N}]$/u;
/** "you", "Sie", "Dir", "vous", "usted"…: the sentence speaks to the reader. */
const ADDRESSES_THE_READER = /\b(?:[Yy]ou|[Yy]our|Sie|Ihnen|Ihre?[mnrs]?|[Dd]u|[Dd]ich|[Dd]ir|[Dd]eine?[mnrs]?|[Vv]ous|[Vv]otre|[Vv]os|[Uu]sted(?:es)?)\b/u;

/** The page's own domain ("kath.net" of www.kath.net, "bbc.co.uk" of www.bbc.co.uk), or null. */
export function siteDomain(article: Pick<Article, 'url'>): string | null {
  let host: string;
  try {
    host = new URL(article.url).hostname.toLowerCase().replace(WWW, '');
  } catch {
    return null;
  }
  const labels = host.split('.');
  if (labels.length < 2 || labels.every((label) => /^\d+$/.test(label))) return null;
  const keep = labels.length >= 3 && REGISTRY_LABEL.test(labels[labels.length - 2] ?? '') && (labels[labels.length - 1]?.length ?? 0) === 2 ? 3 : 2;
  const domain = labels.slice(-keep).join('.');
  return domain.length >= MIN_DOMAIN_CHARS ? domain : null;
}

/** True when `text` names `domain` as a word of its own ("von kath.net-Artikeln"). Told to the
 *  reader, that is the site's furniture ("Für die Kommentiermöglichkeit von kath.net-Artikeln
 *  müssen Sie sich … registrieren", "hinterlasse einfach hier auf ohneQ.de … einen Kommentar");
 *  in the story it is news ("…, Polygraph.info has previously reported"). */
function namesDomain(text: string, domain: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(domain); at >= 0; at = lower.indexOf(domain, at + 1)) {
    if (!LETTER_BEFORE.test(lower.slice(Math.max(0, at - 1), at)) && lower.charAt(at - 1) !== '.' && lower.charAt(at - 1) !== '@') return true;
  }
  return false;
}

// Decides whether a sentence can stand alone on the card. A heading, a list stub, a lead-in
// ("Consider what this means in practice:"), a question or page furniture can't.
import type { Article } from '../article';
import type { DigestLanguage } from '../text/digest-language';
import { BIO_PATTERN, boilerplateMatch } from './boilerplate-patterns';

type BlockType = Article['blocks'][number]['type'];

export interface SentenceShape {
  text: string;
  blockType: BlockType;
  words: number;
  /** Position in the article, 0 (start) to 1 (end). */
  relativePosition: number;
}

/** A sentence's closing punctuation, with any closing quotes or brackets after it (CJK included). */
export const TERMINAL = /[.!?…。！？]["'”’»)\]」』]*$/u;

const MAX_SENTENCE_CHARS = 2_000;

// The patterns are module constants, not literals in the functions: V8 re-parses and recompiles a
// literal inside a function after two major garbage collections (measured: each such literal of
// the digest three times per article), while a module-level RegExp keeps its compiled code.
const LEAD_IN_ENDING = /[:;,–—-]\s*["'“‘«„]?\s*$/u;
const QUESTION_END = /\?["'”’»)]*$/u;
const ANNOUNCES_WHAT_FOLLOWS = /\b(is|are) (straightforward|simple|clear|as follows|this)\.$|^here('s| is| are)\b/i;
/** The article talking about itself: "Below, we analyze…", "In this post I'll show…", "Read on to…". */
const ABOUT_ITSELF = /^(?:below,? (?:we|I|you)\b|in (?:this|today['’]s) (?:article|post|piece|guide|video|episode|story|review|column|newsletter)\b|read on\b|(?:we|I)['’]ll (?:look|explore|examine|walk|show|explain|cover|take a look)\b|this (?:article|post|guide|piece|review) (?:will|explains|looks|covers|shows)\b|in diesem (?:artikel|beitrag)\b|dans cet (?:article|épisode)\b|en este (?:artículo|post)\b)/i;
const LABEL_AND_LIST = /^[^:.!?]{1,40}:\s/u;
const OPENS_IN_LOWERCASE = /^[\s"'“‘«(]*\p{Ll}/u;
/** Opens with a quotation mark: quoted speech, someone else's words. */
export const OPENS_WITH_QUOTE = /^["'“‘«„]/u;
const QUOTED_SPANS = /["“«„][^"”»“]*["”»“]/gu;
const LEADING_MARKS = /^[\s"'“‘«„(]+/u;

/** Why the sentence is unusable as a card item, or null when it is usable. */
const MAIL_ADDRESS = /[\w.+-]@[\w-]+\.[\w.-]*\w/;

export function unusableReason(sentence: SentenceShape): string | null {
  const { text, blockType, words } = sentence;
  // Text with no sentence ends (binary junk, a 1 MB run-on) is no sentence: on the card it would be a
  // wall the popup takes seconds to lay out. The longest of 9,264 real sentences measured is 1,382 chars.
  if (text.length > MAX_SENTENCE_CHARS) return 'too long for one sentence';
  if (blockType === 'heading') return 'heading';
  if (blockType === 'code' || blockType === 'table') return `${blockType} block`;
  const pattern = boilerplateMatch(text);
  if (pattern) return `boilerplate (${pattern.source.slice(0, 40)})`;
  // "AS - www.autoracing.com.br.": a credit line, a few words around a web address.
  if (words <= MAX_ADDRESS_LINE_WORDS && WEB_ADDRESS.test(text)) return 'boilerplate (a web address)';
  if (sentence.relativePosition > 0.85 && BIO_PATTERN.test(text)) return 'author bio';
  // "Write to j.doe@example.com", a list of MPs' addresses: whom to write to, not what happened.
  if (MAIL_ADDRESS.test(text)) return 'contact address';
  if (LEAD_IN_ENDING.test(text)) return 'lead-in ending in a colon or dash';
  if (QUESTION_END.test(text)) return 'question';
  // Announces what follows instead of saying it: "The lesson is straightforward.", "Here's how."
  if (words < 10 && ANNOUNCES_WHAT_FOLLOWS.test(text)) return 'lead-in';
  if (words < 5) return 'too short';
  if (ABOUT_ITSELF.test(text)) return 'lead-in (the article about itself)';
  if (blockType === 'list-item' && words < 8 && !TERMINAL.test(text)) return 'list stub';
  if (!TERMINAL.test(text) && words < 12) return 'fragment without a full stop';
  // "Strategic Integration Points: Nova for X, Trainium for Y": a label and a list, not a claim.
  if (!TERMINAL.test(text) && LABEL_AND_LIST.test(text)) return 'label and list';
  if (OPENS_IN_LOWERCASE.test(text)) return 'starts mid-sentence';
  return null;
}

const WEB_ADDRESS = /\bwww\.\S|\b[a-z0-9-]+\.(?:com|net|org|info|io|de|at|ch|uk|fr|es|it|nl|br|ar|mx)\b/i;
const MAX_ADDRESS_LINE_WORDS = 6;

/** The writer's own reaction ("I am not surprised...", "Ich habe angefangen…") is colour, not
 *  content; quoted speech is exempt. Per language: "mir", "ma" or "mi" mean other things elsewhere. */
const FIRST_PERSON: Record<DigestLanguage, RegExp> = {
  en: /\b(?:I|I'm|I’m|I've|I’ve|[Mm]e|[Mm]y)\b/,
  // Letters on both sides, not \b: "mêmes" must not read as "mes".
  de: /(?<![\p{L}\p{N}])(?:[Ii]ch|mich|mir|[Mm]ein(?:e[mnrs]?)?)(?![\p{L}\p{N}])/u,
  fr: /(?<![\p{L}\p{N}])(?:[Jj]e|[Mm]oi|[Mm]on|[Mm]es)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[Jj]['’]/u,
  es: /(?<![\p{L}\p{N}])(?:[Yy]o|[Mm]is?)(?![\p{L}\p{N}])/u,
};

export function isAsideInFirstPerson(text: string, lang: DigestLanguage | null = 'en'): boolean {
  const pattern = lang ? FIRST_PERSON[lang] : FIRST_PERSON.en;
  // The cheap test first: most sentences never say "I", and only those need their quotes removed.
  if (!pattern.test(text) || OPENS_WITH_QUOTE.test(text)) return false;
  return pattern.test(text.replace(QUOTED_SPANS, ''));
}

// Pronouns that point back to the sentence before: out of context the reader can't tell who "he" is.
const ANAPHORIC_OPENING = /^(?:it|this|that|these|those|he|she|they|his|her|their|its|er|sie|es|dies|diese|dieser|il|elle|ils|elles|ce|cela|ceci|él|ella|ellos|ellas|esto|eso)\b/i;

/** True when the sentence opens with a pronoun that refers back ("It is the willingness...", "Er wurde..."). */
export function startsWithAnaphora(text: string): boolean {
  return ANAPHORIC_OPENING.test(text.replace(LEADING_MARKS, ''));
}

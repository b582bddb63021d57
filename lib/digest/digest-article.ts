// The `local` digest engine: extractive and rule-based, synchronous, deterministic, offline.
// Pure: takes an Article and returns data; no browser APIs, no I/O.
//
// The steps, in order (each in its own file, each recording what it chose and why):
//   prepare-sentences → summary → key takeaway → in practice → method → principles
//   → key insights → topics → audience
// Items are taken through one pool, so no sentence appears twice on the card.
import type { Article } from '../article';
import { capForDigest } from '../guard/cap-for-digest';
import { digestLanguage } from '../text/digest-language';
import { detectLanguage } from '../text/detect-language';
import { CUES } from './cue-phrases';
import { DIGEST_SCHEMA_VERSION, type Digest, type Item } from './digest-schema';
import type { Choice, DigestContext } from './digest-types';
import { headlineOf } from './headline-of';
import { ItemPool, itemText } from './item-pool';
import { pickAudience, type AudienceReason } from './pick-audience';
import { pickInPractice } from './pick-in-practice';
import { pickKeyInsights } from './pick-key-insights';
import { pickKeyTakeaway } from './pick-key-takeaway';
import { pickMethod } from './pick-method';
import { pickPrinciples } from './pick-principles';
import { pickSummary } from './pick-summary';
import { pickTopics } from './pick-topics';
import { prepareSentences } from './prepare-sentences';
import { centralities } from './sentence-centrality';
import { SentenceJudge } from './sentence-roles';

export const LOCAL_ENGINE_VERSION = '1';

export interface DigestOptions {
  /** The clock for `createdAt`; default: now. Fix it for reproducible output. */
  now?: Date;
}

export interface ExplainedDigest {
  digest: Digest;
  /** Every step's choices in pipeline order: the "why is this on my card?" record. */
  choices: Choice[];
  /** Why each audience was chosen (cues and scores). */
  audienceReasons: AudienceReason[];
}

const canonicalLocales = new Map<string, string>();

/** A locale Intl accepts for the article's language tag ("en" when it is missing or malformed);
 *  remembered per tag, as asking Intl costs more than the rest of a short page's digest setup. */
function localeOf(lang: string | null): string {
  if (!lang) return 'en';
  let locale = canonicalLocales.get(lang);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0] ?? 'en';
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      locale = 'en';
    }
    if (canonicalLocales.size < 1000) canonicalLocales.set(lang, locale);
  }
  return locale;
}

/** Sentences kept out of the article's stem counts (a module constant: V8 recompiles a literal
 *  inside a function after major garbage collections). */
const NOT_IN_THE_COUNTS = /^(boilerplate|author bio|repeat)/;

export function buildContext(whole: Article): DigestContext {
  // A book-length page reads only its first MAX_DIGEST_CHARS, so the digest stays within a second or two.
  const article = capForDigest(whole);
  // The page's own tag, unless its text is plainly in another language (templates often say lang="en").
  const lang = detectLanguage(article.text, article.lang);
  const locale = lang && lang !== digestLanguage(article.lang) ? lang : localeOf(article.lang);
  const sentences = prepareSentences(article, lang, locale);
  const stemCounts = new Map<string, number>();
  for (const sentence of sentences) {
    if (sentence.unusable && NOT_IN_THE_COUNTS.test(sentence.unusable)) continue;
    for (const stem of sentence.stems) stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
  }
  return { article, lang, locale, sentences, stemCounts };
}

/** The digest plus the record of every choice behind it. */
export function explainDigest(article: Article, options: DigestOptions = {}): ExplainedDigest {
  const context = buildContext(article);
  const centrality = centralities(context);
  const pool = new ItemPool();
  const choices: Choice[] = [];

  const cues = context.lang ? CUES[context.lang] : null;
  const judge = new SentenceJudge(context, centrality);

  // The sections with a test of fit come first (in practice, method, principles), so a sentence
  // that fits one is filed there. The summary then tells what the article is about, lede first;
  // the key takeaway is the sentence that best states the point among those the summary left;
  // key insights come last. No sentence appears twice on the card.
  let inPractice: Item[] = [];
  let method: Item | null = null;
  let principles: Item[] = [];
  // Other languages get summary, takeaway and topics only: the cue rules would misread them.
  if (cues && context.lang) {
    const practice = pickInPractice(context, cues, context.lang, judge, pool);
    const how = pickMethod(context, cues, context.lang, judge, pool);
    const rules = pickPrinciples(context, cues, context.lang, judge, pool);
    choices.push(...practice.choices, ...how.choices, ...rules.choices);
    ({ items: inPractice } = practice);
    ({ item: method } = how);
    ({ items: principles } = rules);
  }
  const summary = pickSummary(context, centrality, pool, judge);
  for (const sentence of summary.sentences) pool.take(sentence);
  const takeaway = pickKeyTakeaway(context, cues, judge, pool);
  choices.push(...summary.choices, ...takeaway.choices);
  let keyInsights: Item[] = [];
  if (cues && context.lang) {
    const insights = pickKeyInsights(context, judge, centrality, pool);
    choices.push(...insights.choices);
    keyInsights = insights.items;
  }

  const topics = pickTopics(context);
  choices.push(...topics.choices);
  const audience = cues ? pickAudience(context) : { audience: ['General Reader' as const], reasons: [], choices: [] };
  choices.push(...audience.choices);

  const title = article.title.trim();
  const fallbackTakeaway: Item = { text: itemText((title && headlineOf(title, context)) || article.excerpt?.trim() || 'Untitled page') };
  const digest: Digest = {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    summary: summary.text,
    keyTakeaway: takeaway.item ?? fallbackTakeaway,
    keyInsights,
    principles,
    method,
    inPractice,
    topics: topics.topics,
    audience: audience.audience,
    engine: { name: 'local', version: LOCAL_ENGINE_VERSION },
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  return { digest, choices, audienceReasons: audience.reasons };
}

/** The `local` engine's digest of an article. Synchronous, deterministic for a fixed `now`, offline. */
export function digestArticle(article: Article, options: DigestOptions = {}): Digest {
  return explainDigest(article, options).digest;
}

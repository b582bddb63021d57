// Summary: 3-5 sentences in article order. Writers put the point first, so position leads
// (the Lead-3 habit that few unsupervised summarizers beat on news), with centrality breaking
// ties and a redundancy check so two sentences never say the same thing. An essay in sections
// also gets the point of one or two of its sections, which position alone never reaches.
import { isAsideInFirstPerson } from './classify-sentence';
import type { Choice, DigestContext, Sentence } from './digest-types';
import { byScoreThenPosition, overlap, readsWhole, type ItemPool } from './item-pool';
import type { SentenceJudge } from './sentence-roles';

/** How many summary sentences an article of this length gets. */
export function summaryLength(wordCount: number): number {
  if (wordCount < LONG_ARTICLE_WORDS) return 3;
  return wordCount < 5000 ? 4 : 5;
}

/** From this length on, an article is an essay with sections rather than a news story with a lede. */
const LONG_ARTICLE_WORDS = 2000;

const POSITION_DECAY = 0.3;

/** A sentence the summary may use: usable, or a labelled line ("Wanted: Police in Maryland have...")
 *  that reads fine in running prose though it makes a poor stand-alone item. */
function fitsSummary(sentence: Sentence): boolean {
  return (!sentence.unusable || sentence.unusable === 'label and list') && sentence.words >= 8;
}
// News puts its point first (lead bias); a long essay develops it, so centrality counts more there.
const CENTRALITY_WEIGHT = 0.05;
const LONG_CENTRALITY_WEIGHT = 1;
const SUMMARY_REDUNDANCY = 0.8;
const MAX_CANDIDATES = 200;

const FIRST_PERSON_FACTOR = 0.8;

export interface SummaryPick {
  sentences: Sentence[];
  /** The summary as prose: its sentences in article order. */
  text: string;
  choices: Choice[];
}

export function pickSummary(context: DigestContext, centrality: readonly number[], card: ItemPool, judge: SentenceJudge): SummaryPick {
  // Never a sentence the card already shows (the sections filed before the summary).
  // Prose first (list items read as notes, not a summary); the cheap tests before the comparison
  // with the card's sentences, which costs the most.
  const prose: Sentence[] = [];
  for (const sentence of context.sentences) {
    if (fitsSummary(sentence) && sentence.blockType !== 'list-item' && !card.repeats(sentence)) prose.push(sentence);
  }
  const open = prose.length >= 3 ? prose : context.sentences.filter((sentence) => !card.repeats(sentence));
  const usable = prose.length >= 3 ? prose : open.filter(fitsSummary);
  const pool = usable.length >= 3 ? usable : open.filter((s) => !s.unusable || s.unusable === 'too short');
  const maxCentrality = pool.reduce((max, s) => Math.max(max, centrality[s.index] ?? 0), 1e-9);
  const weight = context.article.wordCount >= LONG_ARTICLE_WORDS ? LONG_CENTRALITY_WEIGHT : CENTRALITY_WEIGHT;
  const scored = pool.map((sentence, rank) => ({
    sentence,
    score:
      (1 / (1 + rank) ** POSITION_DECAY + (weight * (centrality[sentence.index] ?? 0)) / maxCentrality) *
      (isAsideInFirstPerson(sentence.text, context.lang) ? FIRST_PERSON_FACTOR : 1),
  }));
  scored.sort(byScoreThenPosition);
  // A short article keeps a sentence back for the key takeaway, which is picked after the summary.
  const want = Math.min(summaryLength(context.article.wordCount), Math.max(1, pool.length - 1));
  const chosen: Sentence[] = [];
  const choices: Choice[] = [];
  // An essay in sections gets its sections' points beside the lede; news keeps its lede.
  const fromSections = sectionPoints(context, pool, centrality, judge, want);
  const skipped = new Set<Sentence>();
  const fill = (limit: number) => {
    // Only the best few hundred can matter; a page of thousands of near-identical lines must not
    // be scanned (and recorded) line by line.
    for (const { sentence, score } of scored.slice(0, MAX_CANDIDATES)) {
      if (chosen.length >= limit) break;
      if (chosen.includes(sentence)) continue;
      // A sentence that opens by pointing back ("But…", "This matters because…") only right after
      // the sentence it leans on: alone, it would dangle.
      if (!readsWhole(sentence, context.lang) && !chosen.some((c) => c.index === sentence.index - 1)) continue;
      const twin = chosen.find((c) => overlap(c.stems, sentence.stems) >= SUMMARY_REDUNDANCY);
      if (twin) {
        if (!skipped.has(sentence)) choices.push({ step: 'summary', reason: `skipped: repeats sentence ${twin.index}`, text: sentence.text });
        skipped.add(sentence);
        continue;
      }
      chosen.push(sentence);
      choices.push({ step: 'summary', reason: `score ${score.toFixed(3)} (position and centrality)`, text: sentence.text });
    }
  };
  fill(want - fromSections.length);
  for (const { sentence, claim } of fromSections) {
    if (chosen.includes(sentence) || chosen.some((c) => overlap(c.stems, sentence.stems) >= SUMMARY_REDUNDANCY)) continue;
    chosen.push(sentence);
    choices.push({ step: 'summary', reason: `the point of the section "${sentence.heading}" (odds of a claim ${claim.toFixed(2)})`, text: sentence.text });
  }
  // A section's point that repeats the lede leaves its place to the next sentence by position.
  if (chosen.length < want) fill(want);
  chosen.sort((a, b) => a.index - b.index);
  return { sentences: chosen, choices, text: chosen.map(asProse).join(' ') };
}

// Module constant: V8 recompiles a literal inside a function after major garbage collections.
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/** A sentence as running prose: a standfirst or a label without its full stop ("Report claims
 *  institutions have created a pool of low-paid staff") gets one, so it does not run into the
 *  next sentence ("…staff Thousands of academic staff…"). */
function asProse(sentence: Sentence): string {
  return ENDS_IN_WORD.test(sentence.text) ? `${sentence.text}.` : sentence.text;
}

/** A section counts with this many summary-worthy sentences; an essay, with two such sections. */
const MIN_SECTION_SENTENCES = 3;
const MIN_SECTIONS = 2;
/** Per section, its most central sentences are judged by the role model. */
const PER_SECTION = 3;
const MAX_POINT_WORDS = 45;
/** The least odds (thesis, insight or principle together) of a section's point. */
const MIN_CLAIM = 0.5;
const QUESTION_END = /[?？]["'”’)]*\s*$/u;

interface SectionPoint {
  sentence: Sentence;
  claim: number;
}

/**
 * An essay in sections develops its point past the opening, which a summary by position never
 * reaches ("Summary is only the setup", raters said). Its sections' likeliest claims (by the role
 * model, among each section's most central sentences) take one of the summary's places, two in a
 * long summary; the lede keeps the rest. News has no sections, so its summary stays the lede's,
 * which is where a news story puts its point (the summary's ROUGE on news is unchanged).
 */
function sectionPoints(context: DigestContext, pool: readonly Sentence[], centrality: readonly number[], judge: SentenceJudge, want: number): SectionPoint[] {
  if (want < 3) return [];
  const sections = new Map<string, Sentence[]>();
  for (const sentence of pool) {
    if (!sentence.heading) continue;
    let list = sections.get(sentence.heading);
    if (!list) sections.set(sentence.heading, (list = []));
    list.push(sentence);
  }
  const full = [...sections.values()].filter((list) => list.length >= MIN_SECTION_SENTENCES);
  if (full.length < MIN_SECTIONS) return [];
  const points: SectionPoint[] = [];
  for (const list of full) {
    const central = list
      .filter((s) => s.words <= MAX_POINT_WORDS && !QUESTION_END.test(s.text) && !isAsideInFirstPerson(s.text, context.lang) && readsWhole(s, context.lang))
      .sort((a, b) => (centrality[b.index] ?? 0) - (centrality[a.index] ?? 0))
      .slice(0, PER_SECTION);
    let best: SectionPoint | null = null;
    for (const sentence of central) {
      const odds = judge.of(sentence.index)?.odds;
      if (!odds) continue;
      const claim = odds.thesis + odds.insight + odds.principle;
      if (claim >= MIN_CLAIM && (!best || claim > best.claim)) best = { sentence, claim };
    }
    if (best) points.push(best);
  }
  return points.sort((a, b) => b.claim - a.claim).slice(0, want >= 4 ? 2 : 1);
}

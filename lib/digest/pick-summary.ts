// Summary: 3-5 sentences in article order. Writers put the point first, so position leads
// (the Lead-3 habit that few unsupervised summarizers beat on news), with centrality breaking
// ties and a redundancy check so two sentences never say the same thing.
import { isAsideInFirstPerson } from './classify-sentence';
import type { Choice, DigestContext, Sentence } from './digest-types';
import { byScoreThenPosition, overlap, readsWhole, type ItemPool } from './item-pool';

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

export function pickSummary(context: DigestContext, centrality: readonly number[], card: ItemPool): SummaryPick {
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
      (isAsideInFirstPerson(sentence.text) ? FIRST_PERSON_FACTOR : 1),
  }));
  scored.sort(byScoreThenPosition);
  // A short article keeps a sentence back for the key takeaway, which is picked after the summary.
  const want = Math.min(summaryLength(context.article.wordCount), Math.max(1, pool.length - 1));
  const chosen: Sentence[] = [];
  const choices: Choice[] = [];
  // Only the best few hundred can matter; a page of thousands of near-identical lines must not
  // be scanned (and recorded) line by line.
  for (const { sentence, score } of scored.slice(0, MAX_CANDIDATES)) {
    if (chosen.length >= want) break;
    // A sentence that opens by pointing back ("But…", "This matters because…") only right after
    // the sentence it leans on: alone, it would dangle.
    if (!readsWhole(sentence, context.lang) && !chosen.some((c) => c.index === sentence.index - 1)) continue;
    const twin = chosen.find((c) => overlap(c.stems, sentence.stems) >= SUMMARY_REDUNDANCY);
    if (twin) {
      choices.push({ step: 'summary', reason: `skipped: repeats sentence ${twin.index}`, text: sentence.text });
      continue;
    }
    chosen.push(sentence);
    choices.push({ step: 'summary', reason: `score ${score.toFixed(3)} (position and centrality)`, text: sentence.text });
  }
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

// The role model's judgement of the sentences the card could use, asked for by the steps that
// choose items and read once per sentence: a sentence no step considers (a heading, site text, a
// repeat) is never judged, which keeps the model's cost to the candidates.
import type { DigestContext, Sentence } from './digest-types';
import type { Unit } from './item-pool';
import { sentenceOf } from './prepare-sentences';
import { featureParts } from './role-features';
import { judge, type Judgement } from './role-model';
import { stemWord } from '../text/stem-word';
import { isStopWord } from '../text/stop-words';
import { tokenizeWords } from '../text/tokenize-words';

/** Sentences judged: the card's items come from an article's first few thousand sentences. */
const MAX_JUDGED = 3_000;

/** Rank of each sentence's centrality, 0 (most central) to 1. */
export function centralityRanks(centrality: readonly number[]): number[] {
  const order: { value: number; index: number }[] = [];
  for (let index = 0; index < centrality.length; index++) order.push({ value: centrality[index] as number, index });
  order.sort(byValueThenIndex);
  const ranks = new Array<number>(centrality.length);
  const last = Math.max(1, order.length - 1);
  for (let k = 0; k < order.length; k++) ranks[(order[k] as { index: number }).index] = k / last;
  return ranks;
}

function byValueThenIndex(a: { value: number; index: number }, b: { value: number; index: number }): number {
  return b.value - a.value || a.index - b.index;
}

const titleStemsCache = new WeakMap<DigestContext, Set<string>>();

/** The content stems of the title, as the classifier's `title:` feature reads them (once per digest). */
export function titleStemsOf(context: DigestContext): Set<string> {
  const cached = titleStemsCache.get(context);
  if (cached) return cached;
  const stems = new Set<string>();
  titleStemsCache.set(context, stems);
  for (const token of tokenizeWords(context.article.title)) {
    if (!isStopWord(token.lower, context.lang)) stems.add(stemWord(token.lower, context.lang));
  }
  return stems;
}

/** The part of a sentence a unit keeps, as a sentence of its own (same place in the article). */
function spanSentence(unit: Unit): Sentence {
  const { sentence, span } = unit;
  const tokens = [];
  const facts = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i];
    if (!token || token.start < span.start) continue;
    tokens.push({ text: token.text, lower: token.lower, start: token.start - span.start, end: token.end - span.start });
    facts.push(sentence.facts[i] as Sentence['facts'][number]);
  }
  return sentenceOf(sentence, span.text, { tokens, facts, stems: [...unit.stems], words: tokens.length });
}

export class SentenceJudge {
  private readonly ranks: number[];
  private readonly titleStems: Set<string>;
  private readonly judged: (Judgement | null | undefined)[] = [];

  constructor(
    private readonly context: DigestContext,
    centrality: readonly number[],
  ) {
    this.ranks = centralityRanks(centrality);
    this.titleStems = titleStemsOf(context);
  }

  /** The judgement of the sentence at `index`; null for code, tables and sentences past MAX_JUDGED. */
  of(index: number): Judgement | null {
    let judgement = this.judged[index];
    if (judgement === undefined) {
      const sentence = this.context.sentences[index];
      const skip = !sentence || index >= MAX_JUDGED || sentence.blockType === 'code' || sentence.blockType === 'table';
      judgement = skip ? null : this.judgeSentence(sentence);
      this.judged[index] = judgement;
    }
    return judgement;
  }

  /** The judgement of a unit: its sentence's, or for a clause cut from it, the clause's own. */
  ofUnit(unit: Unit): Judgement | null {
    if (unit.span.cut === 'whole') return this.of(unit.sentence.index);
    return this.of(unit.sentence.index) && this.judgeSentence(spanSentence(unit));
  }

  private judgeSentence(sentence: Sentence): Judgement {
    return judge(featureParts({ sentence, context: this.context, centralityRank: this.ranks[sentence.index] ?? 1, titleStems: this.titleStems }));
  }
}

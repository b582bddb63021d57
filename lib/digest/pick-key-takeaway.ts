// Key takeaway: the article's own "key takeaway / bottom line / in short" wins when it has one
// (under such a heading, opening a sentence, or run into the text where a heading was flattened);
// otherwise the most central thesis sentence, preferring the article's first half.
import type { Item } from './digest-schema';
import { TERMINAL, startsWithAnaphora } from './classify-sentence';
import type { Choice, DigestContext, Sentence } from './digest-types';
import { ItemPool, toItem } from './item-pool';
import { MIN_METHOD_SCORE, methodScore } from './pick-method';
import type { LanguageCues } from './cue-phrases';

export interface TakeawayPick {
  item: Item | null;
  sentence: Sentence | null;
  choices: Choice[];
}

const MIN_TAKEAWAY_WORDS = 5;
// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const SPACES = /\s+/;
const OPENS_WITH_QUOTE = /^["'“‘«]/u;

/** The part of `text` after a takeaway marker, when what follows is a whole statement. */
function afterMarker(text: string, marker: RegExp): string | null {
  const match = marker.exec(text);
  if (!match) return null;
  const rest = text.slice(match.index + match[0].length).trim();
  return rest.split(SPACES).length >= MIN_TAKEAWAY_WORDS && TERMINAL.test(rest) ? rest : null;
}

function explicitTakeaway(context: DigestContext, cues: LanguageCues): TakeawayPick | null {
  for (const sentence of context.sentences) {
    if (sentence.unusable?.startsWith('boilerplate')) continue;
    // A repeat is fine here: the sentence under the takeaway heading may also sit in a summary box above.
    const standsAlone = !sentence.unusable || sentence.unusable.startsWith('repeat');
    if (standsAlone && sentence.heading && cues.takeawayHeading.test(sentence.heading)) {
      return pick(sentence, sentence.text, sentence.text, `first sentence under the heading "${sentence.heading}"`);
    }
    const opened = afterMarker(sentence.text, cues.takeawayOpening);
    if (opened && cues.takeawayOpening.exec(sentence.text)?.index === 0) {
      return pick(sentence, opened, sentence.text, 'sentence opens with a takeaway marker');
    }
    const inline = afterMarker(sentence.text, cues.takeawayInline);
    if (inline) return pick(sentence, inline, inline, 'takeaway marker run into the text (flattened heading)');
  }
  return null;
}

function pick(sentence: Sentence, text: string, quote: string, reason: string): TakeawayPick {
  return { item: toItem(sentence, text, quote), sentence, choices: [{ step: 'key-takeaway', reason, text: quote }] };
}

/** A thesis: central, early, not a quote, a list item or an instruction (those are "in practice"). */
function thesisTakeaway(
  context: DigestContext,
  cues: LanguageCues | null,
  centrality: readonly number[],
  pool: ItemPool,
  avoid: ReadonlySet<number>,
): TakeawayPick | null {
  const total = Math.max(1, context.sentences.length - 1);
  let best: { sentence: Sentence; score: number } | null = null;
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words < 8 || sentence.words > 45 || sentence.blockType === 'list-item') continue;
    // Essays state their thesis in the opening and restate it in the close; the middle argues.
    const position = sentence.index / total;
    const placement = position < 0.2 ? 1 : position > 0.85 ? 0.95 : 0.75;
    const standsAlone = startsWithAnaphora(sentence.text) ? 0.7 : 1;
    const score = (centrality[sentence.index] ?? 0) * placement * standsAlone * (avoid.has(sentence.index) ? 0.6 : 1);
    // The score first: most sentences can't beat the best so far, and the tests below are the
    // step's cost (a dozen cue patterns per sentence).
    if (best && score <= best.score) continue;
    if (OPENS_WITH_QUOTE.test(sentence.text)) continue;
    // Instructions belong to "In practice" and recipes to "Method", which run after this step.
    if (cues && (cues.imperative.test(sentence.text) || cues.advice.test(sentence.text) || methodScore(sentence.text, cues) >= MIN_METHOD_SCORE)) continue;
    if (pool.accepts(sentence)) best = { sentence, score };
  }
  if (!best) return null;
  return pick(best.sentence, best.sentence.text, best.sentence.text, `most central thesis sentence (score ${best.score.toFixed(3)})`);
}

export function pickKeyTakeaway(
  context: DigestContext,
  cues: LanguageCues | null,
  centrality: readonly number[],
  pool: ItemPool,
  summaryIndexes: ReadonlySet<number>,
): TakeawayPick {
  const found = (cues && explicitTakeaway(context, cues)) ?? thesisTakeaway(context, cues, centrality, pool, summaryIndexes);
  if (found?.sentence) pool.take(found.sentence);
  return found ?? { item: null, sentence: null, choices: [{ step: 'key-takeaway', reason: 'no usable sentence', text: '' }] };
}

// In practice: what a reader can do. Imperative sentences ("Consider custom silicon when...")
// and advice phrased as statements ("teams should..."), in article order, at most five.
import type { Item } from './digest-schema';
import type { Choice, DigestContext } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { ItemPool, toItem } from './item-pool';

const MAX_ACTIONS = 5;

export function pickInPractice(context: DigestContext, cues: LanguageCues, pool: ItemPool): { items: Item[]; choices: Choice[] } {
  const items: Item[] = [];
  const choices: Choice[] = [];
  for (const sentence of context.sentences) {
    if (items.length >= MAX_ACTIONS) break;
    if (sentence.unusable || sentence.words > 50) continue;
    // Quoted speech is someone else's advice to someone else, not the article's to the reader.
    if (/^["'“‘«„]/u.test(sentence.text)) continue;
    const reason = cues.imperative.test(sentence.text) ? 'imperative' : cues.advice.test(sentence.text) ? 'advice' : null;
    if (!reason || !pool.accepts(sentence)) continue;
    pool.take(sentence);
    items.push(toItem(sentence));
    choices.push({ step: 'in-practice', reason, text: sentence.text });
  }
  return { items, choices };
}

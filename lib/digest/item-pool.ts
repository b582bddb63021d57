// Keeps the card free of repeats: every step takes sentences through the pool, which refuses a
// sentence already on the card or one that says nearly the same thing as one there.
import type { Item } from './digest-schema';
import { TERMINAL } from './classify-sentence';
import type { Sentence } from './digest-types';
import { readableSpans, type ReadableSpan } from './readable-span';
import type { DigestLanguage } from '../text/digest-language';

/** A candidate item: the part of a sentence that reads alone, with that part's content stems. */
export interface Unit {
  sentence: Sentence;
  span: ReadableSpan;
  stems: readonly string[];
}

/** Units already cut, per sentence: several steps ask for the same sentence's units. */
const unitCache = new WeakMap<Sentence, Unit[]>();

/** The units of a sentence that read alone, best first (the whole sentence when it does). */
export function unitsOf(sentence: Sentence, lang: DigestLanguage | null): Unit[] {
  let units = unitCache.get(sentence);
  if (!units) {
    units = cutUnits(sentence, lang);
    unitCache.set(sentence, units);
  }
  return units;
}

function cutUnits(sentence: Sentence, lang: DigestLanguage | null): Unit[] {
  const units: Unit[] = [];
  for (const span of readableSpans(sentence.text, lang)) {
    if (span.cut === 'whole') {
      units.push({ sentence, span, stems: sentence.stems });
      continue;
    }
    const stems: string[] = [];
    for (let i = 0; i < sentence.tokens.length; i++) {
      if ((sentence.tokens[i]?.start ?? 0) < span.start) continue;
      const stem = sentence.facts[i]?.contentStem;
      if (stem) stems.push(stem);
    }
    units.push({ sentence, span, stems });
  }
  return units;
}

/** True when the sentence reads alone as it is (it does not open by pointing back). */
export function readsWhole(sentence: Sentence, lang: DigestLanguage | null): boolean {
  return unitsOf(sentence, lang)[0]?.span.cut === 'whole';
}

/** The best unit of a sentence (the first that reads alone), or null. */
export function bestUnit(sentence: Sentence, lang: DigestLanguage | null): Unit | null {
  return unitsOf(sentence, lang)[0] ?? null;
}

/** Share of the smaller sentence's content stems found in the other: 1 means one contains the other. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const small = new Set(a.length <= b.length ? a : b);
  const large = new Set(a.length <= b.length ? b : a);
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  return shared / small.size;
}

/** Best score first, then article order. A module function, not an arrow at each sort: V8 drops
 *  the optimized code of a closure once the closure is garbage, so each digest would start the
 *  comparator cold again. */
export function byScoreThenPosition(a: { score: number; sentence: Sentence }, b: { score: number; sentence: Sentence }): number {
  return b.score - a.score || a.sentence.index - b.sentence.index;
}

/** Above this overlap two sentences count as saying the same thing. */
export const REDUNDANT_OVERLAP = 0.7;

/** The stems of a sentence or unit as a set, built once: the pool compares candidates many times. */
const stemSets = new WeakMap<readonly string[], Set<string>>();

/** Share of the smaller stem set found in the other (`overlap` on sets built once). */
function setOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  return shared / small.size;
}

export class ItemPool {
  private readonly taken = new Set<number>();
  /** The stems of every sentence on the card, as sets: every candidate is compared with all of them. */
  private readonly takenStems: Set<string>[] = [];

  private repeatsStems(stems: readonly string[]): boolean {
    if (!this.takenStems.length) return false;
    let own = stemSets.get(stems);
    if (!own) {
      own = new Set(stems);
      stemSets.set(stems, own);
    }
    for (const taken of this.takenStems) if (setOverlap(own, taken) >= REDUNDANT_OVERLAP) return true;
    return false;
  }

  /** True when the sentence is new to the card and not a near-repeat of anything on it. An item
   *  must be a finished sentence (a list item may go without its full stop). */
  accepts(sentence: Sentence, stems: readonly string[] = sentence.stems): boolean {
    if (sentence.spansBlocks || this.taken.has(sentence.index)) return false;
    if (sentence.blockType !== 'list-item' && !TERMINAL.test(sentence.text)) return false;
    return !this.repeatsStems(stems);
  }

  /** True when the sentence is on the card already, or says nearly the same as something there. */
  repeats(sentence: Sentence): boolean {
    return this.taken.has(sentence.index) || this.repeatsStems(sentence.stems);
  }

  take(sentence: Sentence): void {
    this.taken.add(sentence.index);
    this.takenStems.push(new Set(sentence.stems));
  }

  /** Takes the unit's sentence when the pool accepts the unit; true when it did. */
  takeUnit(unit: Unit): boolean {
    if (!this.accepts(unit.sentence, unit.stems)) return false;
    this.take(unit.sentence);
    return true;
  }

  /** Takes a heading as an item (a how-to's imperative heading): no full stop needed, repeats refused. */
  takeHeading(unit: Unit): boolean {
    if (this.taken.has(unit.sentence.index) || this.repeatsStems(unit.stems)) return false;
    this.take(unit.sentence);
    return true;
  }

  /** Takes up to `max` of `ranked` units (best first) that the pool accepts; article order. */
  takeBestUnits<T extends { unit: Unit }>(ranked: readonly T[], max: number): T[] {
    const picked: T[] = [];
    for (const entry of ranked) {
      if (picked.length >= max) break;
      if (this.takeUnit(entry.unit)) picked.push(entry);
    }
    return picked.sort(byUnitPosition);
  }

  /** Takes up to `max` of `ranked` (best first) that the pool accepts; returns them in article order. */
  takeBest<T extends { sentence: Sentence }>(ranked: readonly T[], max: number): T[] {
    const picked: T[] = [];
    for (const entry of ranked) {
      if (picked.length >= max) break;
      if (!this.accepts(entry.sentence)) continue;
      this.take(entry.sentence);
      picked.push(entry);
    }
    return picked.sort((a, b) => a.sentence.index - b.sentence.index);
  }
}

// Connectives that tie a sentence to the one before; the card item reads better without them.
const LEADING_CONNECTIVE = /^(and|but|so|also|then|still|yet|und|aber|also|et|mais|donc|puis|y|pero|entonces)\s+(?=\p{L})/iu;

/** Card wording of a sentence: leading connective dropped, first letter capitalized. */
export function itemText(text: string): string {
  const trimmed = text.replace(LEADING_CONNECTIVE, '').trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

function byUnitPosition(a: { unit: Unit }, b: { unit: Unit }): number {
  return a.unit.sentence.index - b.unit.sentence.index;
}

/** The item for a unit: its span as card text, the whole sentence as the quote it rests on. */
export function unitItem(unit: Unit): Item {
  return toItem(unit.sentence, unit.span.text);
}

/** An item resting on a sentence; `text` defaults to the sentence's card wording, `quote` is verbatim. */
export function toItem(sentence: Sentence, text?: string, quote?: string): Item {
  return { text: itemText(text ?? sentence.text), quote: quote ?? sentence.text };
}

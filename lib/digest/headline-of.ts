// The title as the card's fallback takeaway, when no sentence states the point: a headline reads
// as one only in its own case, so a shouted title ("TUBERCULOSIS NOW THE DEADLIEST DISEASE") or a
// URL slug that writes the page's names small ("Aston villa midfielder jack grealish…") is
// written in sentence case with the article's own spelling of each word.
import type { DigestContext, Sentence } from './digest-types';
import { namesOf } from './page-names';

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const LOWERCASE_LETTER = /\p{Ll}/u;
const UPPERCASE_LETTER = /\p{Lu}/u;
const TITLE_WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}'’]+/gu;
const POSSESSIVE_END = /['’]s?$/;
/** A slug has lost its punctuation ("don t dare lecture", "isnt") along with its capitals. */
const SLUG_CHARACTERS = /^[\p{L}\p{N} -]+$/u;
/** Names written small that make a title a slug: one could be a word a name happens to use. */
const SLUG_NAMES = 2;

/** A title that reads as a headline: not shouted ("CLARENCE THOMAS' TRIAL BY FIRE") and not a
 *  URL slug that writes the page's names small ("Aston villa midfielder jack grealish banish
 *  memories"). Scripts without case read as they are. */
function readsAsHeadline(title: string, context: DigestContext): boolean {
  const upper = UPPERCASE_LETTER.test(title);
  if (upper && !LOWERCASE_LETTER.test(title)) return false;
  const words = title.match(TITLE_WORD) ?? [];
  if (!SLUG_CHARACTERS.test(title) || words.slice(1).some((word) => UPPERCASE_LETTER.test(word))) return true;
  const names = namesOf(context);
  let small = 0;
  for (const word of words.slice(1)) if (names.has(word)) small++;
  return small < SLUG_NAMES;
}

/** The title as a headline: as written when it reads as one, else in sentence case with each word
 *  spelled as the article spells it away from sentence starts ("Tuberculosis now the deadliest
 *  disease", "Aston Villa midfielder Jack Grealish…", "FBI"). */
export function headlineOf(title: string, context: DigestContext): string {
  if (readsAsHeadline(title, context)) return title;
  const wanted = new Set<string>();
  for (const word of title.toLowerCase().match(TITLE_WORD) ?? []) wanted.add(word).add(word.replace(POSSESSIVE_END, ''));
  const forms = new Map<string, string>();
  for (const sentence of context.sentences) {
    if (sentence.blockType === 'heading') continue;
    for (let i = 1; i < sentence.tokens.length; i++) {
      const token = sentence.tokens[i] as Sentence['tokens'][number];
      if (wanted.has(token.lower) && !forms.has(token.lower)) forms.set(token.lower, token.text);
    }
  }
  const names = namesOf(context);
  const recased = title.replace(TITLE_WORD, (word) => {
    // "D.A.", "U.S.": an acronym keeps its capitals.
    if (word.includes('.')) return word.toUpperCase();
    const lower = word.toLowerCase();
    const bare = lower.replace(POSSESSIVE_END, '');
    const key = names.has(lower) ? lower : bare;
    if (!names.has(key)) return lower;
    const form = forms.get(key) ?? key;
    return key === lower ? form : form + lower.slice(bare.length);
  });
  return recased.charAt(0).toLocaleUpperCase(context.locale) + recased.slice(1);
}

// The people and things a page names, read from its own capitals: what an item may mention only
// when the card says who or what it is. "Grisham also accused the Democrats…" on a card whose
// other lines never name Stephanie Grisham leaves the reader asking who that is; the article
// introduced her in full paragraphs earlier. German capitalizes every noun, so there runs of
// capitals are no full names and the surnames stay empty.
import type { DigestContext } from './digest-types';
import type { WordToken } from '../text/tokenize-words';
import { isStopWord } from '../text/stop-words';
import { startsCapitalized } from './topic-words';

interface PageNames {
  /** Lowercased words the page capitalizes away from a sentence's start and never writes small. */
  names: Set<string>;
  /** Lowercased last words of full names ("Stephanie Grisham" gives "grisham"). */
  surnames: Set<string>;
}

const memo = new WeakMap<DigestContext, PageNames>();

function capitalized(token: WordToken): boolean {
  return startsCapitalized(token.text);
}

/** Only a space between two words: "Stephanie Grisham", not "Grisham, Volker". */
function adjacent(text: string, a: WordToken, b: WordToken): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
}

function pageNames(context: DigestContext): PageNames {
  let found = memo.get(context);
  if (found) return found;
  const names = new Set<string>();
  const small = new Set<string>();
  const surnames = new Set<string>();
  const seenAlone = new Set<string>();
  const german = context.lang === 'de';
  for (const sentence of context.sentences) {
    const { tokens, text } = sentence;
    // Headings capitalize every word ("Grisham Speaks Out"): their capitals name nothing.
    const heading = sentence.blockType === 'heading';
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as WordToken;
      if (i > 0) (token.text === token.lower ? small : names).add(token.lower);
      if (german || heading || !capitalized(token)) continue;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const joinedBefore = !!before && capitalized(before) && adjacent(text, before, token);
      const joinedAfter = !!after && capitalized(after) && adjacent(text, token, after);
      if (!joinedBefore && !joinedAfter) {
        // Named alone before any full form: a place or a brand ("California"), not a person.
        if (!surnames.has(token.lower)) seenAlone.add(token.lower);
        continue;
      }
      // The last word of a run of two capitalized words that opens on a content word ("Stephanie
      // Grisham", not "The Times"), met in full before it is met alone: the news convention
      // for people ("Stephanie Grisham…", then "Grisham…").
      if (!joinedBefore || joinedAfter) continue;
      const first = before as WordToken;
      const opener = tokens[i - 2];
      if (opener && capitalized(opener) && adjacent(text, opener, first)) continue;
      if (!seenAlone.has(token.lower) && !isStopWord(first.lower, context.lang) && first.text.length > 1) surnames.add(token.lower);
    }
  }
  for (const word of small) {
    names.delete(word);
    surnames.delete(word);
  }
  found = { names, surnames };
  memo.set(context, found);
  return found;
}

/** The lowercased words the page treats as names: capitalized away from sentence starts, never
 *  written small ("Simdjson optimizes for speed" is about one library, not a rule). */
export function namesOf(context: DigestContext): ReadonlySet<string> {
  return pageNames(context).names;
}

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
const OPENING_WORD = /^[\s"'“‘«„(]*(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?(?=[\s,])(\s+\p{Lu})?/u;

/** True when `text` opens on a surname alone ("Grisham also accused…", "Alvarez says…") of a
 *  person the page introduced by full name: without the article, the reader does not know them. */
export function opensOnBareSurname(text: string, context: DigestContext): boolean {
  const match = OPENING_WORD.exec(text);
  // "Grisham Smith said" is the full name; only the word alone is bare.
  if (!match || match[2]) return false;
  return pageNames(context).surnames.has((match[1] as string).toLowerCase());
}

// The function words of a page in a language the digest has neither rules nor a stop-word list
// for (Polish, Czech, Korean, Vietnamese...): the words most of its sentences share, whatever
// they are about. A stop-word list is better where there is one (other-stop-words.ts).
import type { Sentence } from './digest-types';

/** Short words in at least one sentence in 20 (and three in all), and any word in one in six:
 *  a language's function words recur in sentences about anything, its topics in a few. */
const PAGE_STOP_SHORT = { share: 1 / 20, chars: 4, sentences: 3 };
const PAGE_STOP_ANY = 1 / 6;

/** The function words of a page in a language with no stop-word list (Polish "nie", "się",
 *  "jest"), told by how many of its sentences hold them. */
export function pageStopWords(sentences: readonly Sentence[]): ReadonlySet<string> {
  const inSentences = new Map<string, number>();
  for (const sentence of sentences) {
    const seen = new Set<string>();
    for (const token of sentence.tokens) seen.add(token.lower);
    for (const word of seen) inSentences.set(word, (inSentences.get(word) ?? 0) + 1);
  }
  const stops = new Set<string>();
  const shortMin = Math.max(PAGE_STOP_SHORT.sentences, sentences.length * PAGE_STOP_SHORT.share);
  const anyMin = Math.max(PAGE_STOP_SHORT.sentences, sentences.length * PAGE_STOP_ANY);
  for (const [word, count] of inSentences) {
    if (count >= anyMin || (count >= shortMin && [...word].length <= PAGE_STOP_SHORT.chars)) stops.add(word);
  }
  return stops;
}

// Words every reader knows: the new Dale–Chall list of ~3,000 words familiar to 80% of
// American fourth-graders (npm `dale-chall`). A topic made only of them ("company", "man",
// "little bit", "famous example") names no subject a reader would file an article under; what
// is specific ("tuberculosis", "oil spill", "Exxon Valdez") has a rarer or a proper word in it.
// English only: the list is English, and it is read by stem, so plurals and verb forms match.
import { daleChall } from 'dale-chall';
import { stemWord } from './stem-word';

let stems: ReadonlySet<string> | null = null;

/** True when an English stem (as `stemWord(word, 'en')` gives it) is a familiar word's. Built on first use. */
export function isFamiliarStem(stem: string): boolean {
  stems ??= new Set(daleChall.map((word) => stemWord(word.toLowerCase(), 'en')));
  return stems.has(stem);
}

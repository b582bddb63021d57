// Best for: audiences from DESIGN.md's fixed vocabulary whose cue words the article uses most.
// The reasons (which cues, how often) are kept for tests and the "why" view; "General Reader"
// is the fallback so the card always names at least one audience.
import { tokenizeWords } from '../text/tokenize-words';
import { AUDIENCE_CUES } from './audience-cues';
import { TOPIC_WORD_LIMIT } from './pick-topics';
import type { Audience } from './digest-schema';
import type { Choice, DigestContext } from './digest-types';
import { wordFacts, type WordFacts } from './word-facts';

const MAX_AUDIENCES = 4;
/** Weighted cue hits an audience needs before the card names it. */
const MIN_AUDIENCE_SCORE = 4;
/** An audience must reach this share of the best audience's score. */
const RELATIVE_TO_BEST = 0.5;

export interface AudienceReason {
  audience: Audience;
  score: number;
  cues: string[];
}

/** A module function, not an arrow per call: V8 drops a closure's optimized code once the closure
 *  is garbage, and each digest would start it cold again. */
function count(counts: Map<string, number>, term: string): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

/** Counts of the words that are cues or start with a prefix cue, and of the word pairs
 *  multi-word cues need (possessives dropped); no other word can match a cue. */
function termCounts(context: DigestContext): Map<string, number> {
  const counts = new Map<string, number>();
  const title = tokenizeWords(context.article.title).map((token) => wordFacts(token.lower, context.lang));
  const factLists = [title, ...context.sentences.filter((s) => !s.unusable?.startsWith('boilerplate')).map((s) => s.facts)];
  let read = 0;
  for (const facts of factLists) {
    // Like topics, audience cues are read from the first TOPIC_WORD_LIMIT words.
    if (read >= TOPIC_WORD_LIMIT) break;
    read += facts.length;
    for (let i = 0; i < facts.length; i++) {
      const word = facts[i] as WordFacts;
      if (word.audienceCue) count(counts, word.bare);
      const next = facts[i + 1];
      if (next && word.opensAudienceCue) count(counts, `${word.bare} ${next.bare}`);
    }
  }
  return counts;
}

/** Terms sorted once, so a prefix cue finds its matches by binary search instead of a scan. */
function sortedTerms(counts: Map<string, number>): string[] {
  return [...counts.keys()].sort();
}

interface Cue {
  /** As written in AUDIENCE_CUES ("vendor*"), for the reasons. */
  text: string;
  /** The term or the prefix a prefix cue ("vendor*") matches. */
  term: string;
  prefix: boolean;
  /** Words in the term: a prefix cue matches terms of as many words. */
  words: number;
}

// Read once: each digest tests every cue, and splitting them per digest was a fixed cost on every page.
const AUDIENCES = (Object.entries(AUDIENCE_CUES) as [Exclude<Audience, 'General Reader'>, readonly string[]][])
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([audience, cues], order) => ({
    audience,
    order,
    cues: cues.map((text): Cue => {
      const prefix = text.endsWith('*');
      const term = prefix ? text.slice(0, -1) : text;
      return { text, term, prefix, words: term.split(' ').length };
    }),
  }));

function cueHits(cue: Cue, counts: Map<string, number>, terms: readonly string[]): number {
  if (!cue.prefix) return counts.get(cue.term) ?? 0;
  const prefix = cue.term;
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((terms[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  let hits = 0;
  for (let i = low; i < terms.length; i++) {
    const term = terms[i] ?? '';
    if (!term.startsWith(prefix)) break;
    if (term.split(' ').length === cue.words) hits += counts.get(term) ?? 0;
  }
  return hits;
}

/** Every audience with its score and matched cues, best first. */
export function rankAudiences(context: DigestContext): AudienceReason[] {
  const counts = termCounts(context);
  const terms = sortedTerms(counts);
  const out: (AudienceReason & { order: number })[] = [];
  for (const { audience, order, cues } of AUDIENCES) {
    let score = 0;
    const matched: string[] = [];
    for (const cue of cues) {
      const hits = cueHits(cue, counts, terms);
      if (!hits) continue;
      // Diminishing returns: one word repeated forty times is not forty signals.
      score += 1 + Math.log2(hits);
      matched.push(`${cue.text}×${hits}`);
    }
    out.push({ audience, score, cues: matched, order });
  }
  return out.sort((a, b) => b.score - a.score || a.order - b.order).map(({ audience, score, cues }) => ({ audience, score, cues }));
}

export function pickAudience(context: DigestContext): { audience: Audience[]; reasons: AudienceReason[]; choices: Choice[] } {
  const ranked = rankAudiences(context);
  const best = ranked[0]?.score ?? 0;
  const chosen = ranked.filter((r) => r.score >= MIN_AUDIENCE_SCORE && r.score >= best * RELATIVE_TO_BEST).slice(0, MAX_AUDIENCES);
  const reasons: AudienceReason[] = chosen.length ? chosen : [{ audience: 'General Reader', score: 0, cues: [] }];
  return {
    audience: reasons.map((r) => r.audience),
    reasons,
    choices: reasons.map((r) => ({ step: 'audience', reason: r.cues.length ? `cues ${r.cues.join(', ')}` : 'no audience cues strong enough', text: r.audience })),
  };
}

// Principles: the general rules the article argues ("Commodity markets reward structural cost
// advantages."). A principle holds beyond this article's actors and events: it has a generic
// subject (a plural noun, "any firm", "you", "it is hard to…") and a normative or law-like verb,
// and carries no names, figures, quotes, first-person anecdote or narrative past. Both signs are
// required, so a fact about the story's people never passes; a main clause that reads alone may
// stand in for its sentence ("commodity markets reward…" out of "This matters because…").
import type { Item } from './digest-schema';
import type { Choice, DigestContext } from './digest-types';
import type { LanguageCues } from './cue-phrases';
import { ItemPool, toItem, unitItem, unitsOf, type Unit } from './item-pool';
import type { SentenceJudge } from './sentence-roles';
import { namesOf } from './page-names';
import type { DigestLanguage } from '../text/digest-language';

const MAX_PRINCIPLES = 3;
const MIN_WORDS = 6;
const MAX_WORDS = 32;
/** Above these odds of colour or site text, a sentence is not filed as a rule whatever its verbs. */
const MAX_COLOUR = 0.6;

// Module constants: V8 recompiles a literal inside a function after major garbage collections.
/** A generic subject opening the clause: "Commodity markets reward…", "Teams that…", "Any firm…",
 *  "You can't…", "It is hard to…", "The more…", "No one…". "Every Friday…", "Jeden Monat…" is a
 *  schedule, not a rule. */
const GENERIC_SUBJECT: Record<DigestLanguage, RegExp> = {
  en: /^(?!(?:our|my|we|i|doing (?:so|this|that|it))\b)(?:(?:[a-z]+ ){0,2}(?!(?:is|was|has|does|this|thus|its|his)\b)[a-z]+s (?:that |who |which )?[a-z]+\b|[a-z]+ing (?:[a-z'’-]+ ){0,5}(?:is|are|takes|requires|beats|matters|pays|works|helps|makes)\b|(?:a|an|any|every|no|each|most|all|few|good|great|the best) (?!(?:day|week|weekend|month|year|morning|evening|night|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[a-z]+|you(?:'ll|’ll)? |it(?:'s|’s| is) (?:\w+ )?(?:hard|easy|difficult|impossible|important|essential|crucial|better|best|wise|rare|common|possible|dangerous|risky|expensive|cheap) to\b|the (?:more|less|fewer|better|bigger|faster)\b|there is no\b|nothing\b|no one\b|nobody\b|everyone\b|anyone\b|whoever\b|success\b|growth\b|trust\b|change\b|people\b|markets?\b|customers\b|companies\b|businesses\b|leaders\b|teams\b)/i,
  de: /^(?:wer\b|man\b|jede[rsnm]?\b(?! (?:tag|woche|wochenende|monat|jahr|morgen|abend|nacht|stunde|saison|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)|kein(?:e[rsnm]?)?\b|alle\b|die meisten\b|es ist (?:\p{L}+ )?(?:wichtig|schwer|leicht|unmöglich|besser|entscheidend)\b|je (?:mehr|weniger|besser|größer)\b|nur wer\b|\p{Lu}\p{L}+ (?:kann|muss|sollte|ist|sind) (?:man|nur|immer|nie)\b)/iu,
  fr: /^(?:on\b|qui\b|tout(?:e|es)? (?:entreprise|personne|marché)|chaque\b(?! (?:jour|semaine|mois|année|an|matin|soir|saison|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|aucun(?:e)?\b|personne ne\b|rien ne\b|il (?:faut|est (?:\p{L}+ )?(?:important|essentiel|difficile|facile|impossible|préférable))\b|plus\b.*\bplus\b|les (?:entreprises|marchés|clients|gens|équipes|dirigeants)\b)/iu,
  es: /^(?:quien\b|cada\b(?! (?:día|semana|mes|año|mañana|noche|temporada|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b)|ning[uú]n(?:a)?\b|nadie\b|todo(?:s)? (?:los|las)\b|(?:es|resulta) (?:\p{L}+ )?(?:importante|esencial|dif[ií]cil|f[aá]cil|imposible|mejor)\b|cuanto m[aá]s\b|las empresas\b|los mercados\b|los clientes\b|las personas\b)/iu,
};
const DIGIT = /\d/;
const SPACES = /\s+/;
const QUOTE_MARK = /["“”«»„]/u;
const QUESTION = /\?/;
/** A capital inside the clause (English, French, Spanish): a name, so a particular, not a rule.
 *  German capitalizes every noun, so there only the other signs count. */
const CAPITAL_INSIDE = /(?<=[\s(])\p{Lu}/u;

/** A verdict that is itself the rule's verb: "It's very difficult to build wealth if…",
 *  "Running through worst cases is essential when…". */
const VERDICT: Record<DigestLanguage, RegExp> = {
  en: /\b(?:it(?:'s|’s| is) (?:\w+ )?(?:hard|easy|difficult|impossible|important|essential|crucial|critical|vital|wise|unwise|better|best|dangerous|risky|costly)|(?:is|are) (?:essential|crucial|critical|vital|key|necessary|indispensable|the (?:best|only|surest|fastest) way))\b/i,
  de: /\b(?:kann man nur|muss man|nur wer|es ist (?:\p{L}+ )?(?:wichtig|entscheidend|unerlässlich|schwer|besser))\b/iu,
  fr: /\b(?:il est (?:\p{L}+ )?(?:essentiel|crucial|important|difficile|impossible|indispensable)|est (?:essentiel|indispensable|la clé))\b/iu,
  es: /\b(?:es (?:\p{L}+ )?(?:esencial|crucial|importante|dif[ií]cil|imposible|indispensable|clave))\b/iu,
};

/** A sequence word among the first words: the sentence continues a story or a procedure. */
const SEQUENCE_EARLY = /^(?:\S+\s+){1,3}(?:then|afterwards|next|dann|danach|puis|ensuite|luego|después)\b/i;
const COMMA = ', ';

/** Where a rule's qualification begins: "You must be data driven when evaluating where to go, but
 *  in a fast market you never have complete information." The clause before it states the rule. */
const QUALIFIER: Record<DigestLanguage, RegExp> = {
  en: /(?:, (?:but|yet|though|although|while|whereas)|;| —| –)\s/u,
  de: /(?:, (?:aber|doch|jedoch|während)|;| —| –)\s/u,
  fr: /(?:, (?:mais|pourtant|tandis que|alors que)|;| —| –)\s/u,
  es: /(?:, (?:pero|aunque|mientras)|;| —| –)\s/u,
};

/** The clause before a rule's qualification, as card text (with its full stop), or null. */
export function headClause(text: string, lang: DigestLanguage): string | null {
  const match = QUALIFIER[lang].exec(text);
  if (!match) return null;
  const head = text.slice(0, match.index).trimEnd();
  return head.split(SPACES).length >= MIN_WORDS ? `${head}.` : null;
}

function imperativeAfterComma(text: string, cues: LanguageCues): boolean {
  const comma = text.lastIndexOf(COMMA);
  return comma > 0 && cues.imperative.test(text.slice(comma + COMMA.length));
}

const globalNarrative = new WeakMap<LanguageCues, RegExp>();
function narrativeOf(cues: LanguageCues): RegExp {
  let pattern = globalNarrative.get(cues);
  if (!pattern) {
    pattern = new RegExp(cues.narrative.source, `${cues.narrative.flags.replace('g', '')}g`);
    globalNarrative.set(cues, pattern);
  }
  return pattern;
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** True when the clause states a general rule. */
export function generalRule(text: string, cues: LanguageCues, lang: DigestLanguage): boolean {
  // The anchored test first: most sentences fail it at their first word.
  if (!GENERIC_SUBJECT[lang].test(text)) return false;
  const words = text.split(SPACES).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (DIGIT.test(text) || QUOTE_MARK.test(text) || QUESTION.test(text)) return false;
  if (lang !== 'de' && CAPITAL_INSIDE.test(text.slice(1))) return false;
  if (!cues.normative.test(text) && !VERDICT[lang].test(text)) return false;
  // "Nurses can then focus…" follows a step; ", consider what could go wrong" is an instruction.
  if (SEQUENCE_EARLY.test(text) || imperativeAfterComma(text, cues)) return false;
  // One past-tense verb in a relative clause ("a cost structure that was paid for") is no story;
  // two narrative markers are.
  return !cues.imperative.test(text) && countMatches(text, narrativeOf(cues)) < 2;
}

const FIRST_WORD = /^[\p{L}\p{N}'’-]+/u;

export function pickPrinciples(
  context: DigestContext,
  cues: LanguageCues,
  lang: DigestLanguage,
  judge: SentenceJudge,
  pool: ItemPool,
): { items: Item[]; choices: Choice[] } {
  const candidates: { unit: Unit; score: number; head?: string }[] = [];
  let names: ReadonlySet<string> | null = null;
  for (const sentence of context.sentences) {
    if (sentence.unusable || sentence.words < MIN_WORDS) continue;
    const units = unitsOf(sentence, lang);
    for (const unit of units) {
      // The whole clause, else (a sentence that reads alone) the rule before its qualification.
      const head = generalRule(unit.span.text, cues, lang) ? undefined : unit.span.cut === 'whole' ? headClause(unit.span.text, lang) : null;
      if (head === null || (head !== undefined && !generalRule(head, cues, lang))) continue;
      // German capitalizes every noun, so there a capital names nothing.
      if (lang !== 'de') {
        names ??= namesOf(context);
        if (names.has((FIRST_WORD.exec(unit.span.text)?.[0] ?? '').toLowerCase())) continue;
      }
      const role = judge.of(sentence.index)?.odds;
      if (!role || role.detail + role.boilerplate > MAX_COLOUR) break;
      candidates.push({ unit, head, score: role.principle + role.thesis + role.insight });
      break;
    }
  }
  candidates.sort(byScoreThenIndex);
  const picked = pool.takeBestUnits(candidates, MAX_PRINCIPLES);
  return {
    items: picked.map(({ unit, head }) => (head ? toItem(unit.sentence, head) : unitItem(unit))),
    choices: picked.map(({ unit, score, head }) => ({
      step: 'principles',
      reason: `generic subject and a normative verb, no names or figures${head ? ', the clause before its qualification' : ''} (${score.toFixed(2)})`,
      text: head ?? unit.span.text,
    })),
  };
}

function byScoreThenIndex(a: { score: number; unit: Unit }, b: { score: number; unit: Unit }): number {
  return b.score - a.score || a.unit.sentence.index - b.unit.sentence.index;
}

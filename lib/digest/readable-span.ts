// Does a sentence read alone on the card, and if not, does a part of it? An item that opens by
// pointing at text the card does not show ("This matters because…", "However, …", "He said…")
// leaves the reader guessing. A sentence that only leans on its predecessor through a connective
// is shortened to the clause that carries the point: the span stays verbatim, so its quote and
// text-fragment link still verify. A sentence whose subject is a pronoun is left out.
import type { DigestLanguage } from '../text/digest-language';
import { isStopWord } from '../text/stop-words';
import { stemWord } from '../text/stem-word';
import { CUES } from './cue-phrases';

/** A contiguous part of a sentence that reads alone: `sentence.slice(start) === text`. */
export interface ReadableSpan {
  start: number;
  text: string;
  /** How it was cut from the sentence ('whole' when it is the sentence itself). */
  cut: 'whole' | 'connective' | 'clause';
}

/** A connective that only ties the sentence to the one before; the rest reads alone without it.
 *  German connective adverbs are absent on purpose: they invert the clause ("Allerdings ist
 *  das…"), so what follows them is no sentence. */
const STRIPPABLE: Record<DigestLanguage, RegExp> = {
  // Words that are also adjectives or prepositions ("First responders…", "Instead of worrying…",
  // "Besides the cost…") count as connectives only before a comma.
  en: /^(?:(?:and|but|so|yet|now|plus|then|also|however|what['’]s more|meanwhile|separately|moreover|furthermore|additionally|likewise|similarly|indeed|importantly|crucially|notably|admittedly|ultimately|anyway|finally|lastly|thus|hence|therefore|consequently|conversely|in (?:addition|fact|turn|other words|short|sum|the end|particular|contrast|any case|practice)|as a result|by contrast|on the other hand|better yet|even better|worse still|that said|after all|of course|to be sure|for (?:example|instance)|as an (?:example|illustration)|by way of example|at the same time|above all)\b,?\s+|instead\b(?! of\b),?\s+|(?:still|besides|overall|again|first|second|third|worse)\b,\s+)+/i,
  de: /^(?:(?:und|aber|doch|denn|sondern|oder)\s+)+/i,
  fr: /^(?:(?:et|mais|donc|or|cependant|pourtant|toutefois|néanmoins|en outre|par ailleurs|de plus|en effet|enfin|bref|ensuite|puis|aussi|en revanche|par exemple|en fait|au contraire|d['’]ailleurs|en somme|finalement|surtout)\b,?\s+)+/iu,
  es: /^(?:(?:y|pero|sin embargo|además|asimismo|por otro lado|por otra parte|por eso|por lo tanto|por tanto|en cambio|así que|de hecho|por ejemplo|en efecto|finalmente|también|incluso|eso sí|al final)\b,?\s+)+/iu,
};

/** An opening that refers back to earlier text: a pronoun or demonstrative subject, "another",
 *  "the same", "such". */
const POINTS_BACK: Record<DigestLanguage, RegExp> = {
  en: /^(?:this|that|these|those|it|its|they|their|them|he|she|his|her|him|our|such|another|a further|both|neither|here|there's a reason|the (?:same|latter|former|other|rest)|one of (?:them|these|those)|all of (?:them|this|these)|some of (?:them|these|those)|that's|it's|here's|they're|he's|she's|there are (?:two|three|several) (?:reasons|things|ways)|(?:when|if|once|after|before|until|unless|because of|despite|for|in|at|by|with|without) (?:this|that|these|those|it|them|which)\b|if (?:so|not)\b|the (?:answer|upshot|catch|twist|irony|trouble|difference|result|reason|solution|problem|good news|bad news)(?=,| is\b| was\b|:))\b/i,
  de: /^(?:dies|diese[rsnm]?|das (?:ist|war|sind|waren|heißt|bedeutet|zeigt|gilt|liegt)|der(?:en|selbe)|er|ihr|ihre[rsnm]?|sein|seine[rsnm]?|dabei|damit|dazu|darum|davon|dadurch|deshalb|deswegen|daher|dennoch|trotzdem|allerdings|außerdem|zudem|jedoch|stattdessen|somit|also|ebenso|auch das|solche[rsnm]?|beide)\b/i,
  fr: /^(?:ce(?:la|ci|s|tte|t)?|ça|il (?!faut|est (?:\p{L}+ )?(?:de|que|possible|important|essentiel|nécessaire|temps))|elle|ils|elles|son|sa|ses|leur|leurs|celui|celle|ceux|celles|un autre|une autre|le même|la même|les mêmes|tel|telle|tels|telles|là)\b/iu,
  es: /^(?:esto|eso|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|él|ella|ellos|ellas|su|sus|otro|otra|otros|otras|lo mismo|la misma|el mismo|tal|tales|allí|ahí)\b/iu,
};

/** Pointing back inside the first words: "Nurses can then…", "X, in other words, is…", "When doctors
 *  ignore these triggers…", "Being able to play a role in that change…", "flagged once for it". */
const POINTS_BACK_EARLY: Partial<Record<DigestLanguage, RegExp>> = {
  en: /^(?:\S+\s+){1,3}(?:then|instead|again|likewise)\b|^[^,]{1,40},\s*(?:this|that|these|those) (?!(?:week|weekend|month|year|morning|afternoon|evening|night|day|season|time)\b)\w+|^[^,]{1,40},\s*(?:in other words|however|though|therefore|for example|for instance|in turn|as a result|too|also|then|in fact|of course),|^(?:\S+\s+){0,6}?(?:these|those)\s|^(?:\S+\s+){0,6}?(?:in|of|on|to|for|with|by|from|at|about|after|before|despite|during) (?:this|that) (?!(?:week|month|year|morning|day|night|time|season|way)\b)\w+|^(?:\S+\s+){1,6}?(?:for|of|about|with) (?:it|them)\b|^(?:\S+\s+){0,4}?the (?:former|latter|aforementioned)\b|^(?:(?:do not|don['’]t|never|then|just|gently|carefully)\s+)?\S+\s+(?:them|him|her)\b|^(?:while|as|because|since|although|though|whereas|behind|besides|beside|unlike|like)\s+(?:they|them|he|she|him|her)\b/i,
};

/** "Marissa: Axios launched…", "A: Sonos…", "Tip: …": a speaker's or a box's label in front of the
 *  statement; the clause after the colon says it without the transcript around it. */
const LABEL_OPENING = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?:\s/u;

/** "This week", "That night": a demonstrative that dates the sentence rather than pointing back. */
const DATING_DEMONSTRATIVE = /^(?:this|that|these|those) (?:week|weekend|month|year|morning|afternoon|evening|night|day|season|summer|winter|spring|fall|autumn|decade|century|time of year|past)\b|^(?:diese[nrsm]?|dieses) (?:woche|wochenende|monat|jahr|morgen|abend|sommer|winter|frühjahr|herbst|saison)\b|^(?:cette|ce|cet) (?:semaine|mois|année|an|matin|soir|été|hiver|printemps|automne|saison|week-end)\b|^(?:esta|este) (?:semana|mes|año|mañana|tarde|noche|verano|invierno|primavera|otoño|temporada|fin de semana)\b/iu;

/** "It is important to…", "It's hard to…": an empty "it" that points at nothing. */
const EMPTY_IT = /^it(?:'s|’s| is| was| will be| can be| may be| isn['’]t| wasn['’]t)? (?:\p{L}+ )?(?:important|essential|crucial|critical|vital|necessary|possible|impossible|likely|unlikely|clear|true|hard|easy|difficult|worth|wise|best|better|useful|helpful|tempting|common|rare|normal|natural|reasonable|fair|safe|dangerous|risky|costly|expensive|cheap|time|no (?:surprise|secret|wonder|accident)) (?:to|that|for|when|if|whether)\b/iu;

/** Where a sentence has a second clause that can stand in for it: after a colon or semicolon, or
 *  (English) after ", and" / "because" / "is that" when the first part leans on earlier text. */
const CLAUSE_BREAK: Record<DigestLanguage, RegExp> = {
  en: /(?:[:;]|, and|, but|, so| because| is that| was that)\s+/giu,
  de: /[:;]\s+/gu,
  fr: /[:;]\s+/gu,
  es: /[:;]\s+/gu,
};
/** A clause must open like a subject, not a verb phrase left over from the first part ("…, and
 *  sells them to everyone"): a determiner, a name, or a word that is neither a stop-word nor
 *  shaped like a verb, not followed by an object pronoun. */
const DETERMINER_OPENING = /^(?:the|a|an|every|each|all|most|many|some|no|few|any|our|your|one|two|three|much|more|less|none)\b/i;
const VERB_SHAPED = /^\p{L}+(?:ed|ing)\b/iu;
const OBJECT_PRONOUN_SECOND = /^\p{L}+ (?:them|it|him|her|us|me|you)\b/iu;

const MIN_SPAN_WORDS = 5;
const WORD = /[\p{L}\p{N}]+/gu;
const LEADING_MARKS = /^[\s"'“‘«„(]+/u;
const NOT_LETTER = /[^\p{L}\p{N}'’]/u;
const OPENS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** True when a clause cut from a sentence opens like the subject of a sentence. */
function opensLikeSubject(clause: string, lang: DigestLanguage): boolean {
  if (!OPENS_WITH_LETTER_OR_DIGIT.test(clause) || pointsBack(clause, lang, true)) return false;
  if (lang !== 'en' || DETERMINER_OPENING.test(clause)) return true;
  // A bare verb after ", and" ("…, and invest as much as you can") is the rest of a predicate.
  if (CUES.en.imperative.test(clause)) return false;
  const first = clause.slice(0, clause.search(NOT_LETTER) >>> 0).toLowerCase();
  return !isStopWord(first, lang) && !VERB_SHAPED.test(clause) && !OBJECT_PRONOUN_SECOND.test(clause);
}

/** True when `text` opens by pointing back at text before it. */
export function pointsBack(text: string, lang: DigestLanguage, cut = false): boolean {
  const bare = text.replace(LEADING_MARKS, '');
  if (DATING_DEMONSTRATIVE.test(bare) || (lang === 'en' && EMPTY_IT.test(bare) && !cut)) return false;
  return POINTS_BACK[lang].test(bare) || STRIPPABLE[lang].test(bare) || LABEL_OPENING.test(bare) || !!POINTS_BACK_EARLY[lang]?.test(bare);
}

/** The spans of `sentence` that read alone, best first: the sentence itself when it does, else the
 *  sentence without its leading connective, else a later clause. Empty when none does. */
export function readableSpans(sentence: string, lang: DigestLanguage | null): ReadableSpan[] {
  if (!lang) return [{ start: 0, text: sentence, cut: 'whole' }];
  // Part of a quote that runs over several sentences ("…casualised staff,” said Grady."; "Mit der
  // Wahl … Sichtbarkeit“, so Sackmann"): alone, nobody knows who says it or where it began.
  if (unbalancedQuotes(sentence)) return [];
  const spans: ReadableSpan[] = [];
  const leading = sentence.length - sentence.trimStart().length;
  const body = sentence.slice(leading);
  if (!pointsBack(body, lang)) spans.push({ start: leading, text: body, cut: 'whole' });
  const connective = STRIPPABLE[lang].exec(body);
  if (connective) {
    const start = leading + connective[0].length;
    const rest = sentence.slice(start);
    // An empty "it" reads alone in a whole sentence, but a span that starts with one counts as
    // pointing back wherever the card is checked, so a cut never leaves one at the front.
    if (countWords(rest) >= MIN_SPAN_WORDS && OPENS_WITH_LETTER_OR_DIGIT.test(rest) && !pointsBack(rest, lang, true)) {
      spans.push({ start, text: rest, cut: 'connective' });
    }
  }
  // A later clause only when the sentence can't stand alone as a whole: "This matters because
  // logistics is a commodity market, and commodity markets reward…".
  if (!spans.length) {
    const breaks = CLAUSE_BREAK[lang];
    breaks.lastIndex = 0;
    for (let match = breaks.exec(sentence); match; match = breaks.exec(sentence)) {
      const start = match.index + match[0].length;
      const rest = sentence.slice(start);
      if (countWords(rest) < MIN_SPAN_WORDS) break;
      if (!opensLikeSubject(rest, lang)) continue;
      spans.push({ start, text: rest, cut: 'clause' });
      break;
    }
  }
  return spans;
}

/** True when the sentence's double quotation marks do not pair up (curly, low, angle and straight
 *  marks counted together, as pages mix them: „App für Alles”): a quote opened or closed in
 *  another sentence. */
export function unbalancedQuotes(sentence: string): boolean {
  let marks = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    // " “ ” „ ‟ « »
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) marks++;
  }
  return marks % 2 === 1;
}

const SECOND_MENTION = /^the ((?:[a-z][\w'’-]* ){0,2}?)([a-z][\w'’-]*)\b/;

/** "The envoy…", "The logic rests on…": a definite subject naming something met earlier in the
 *  article, unless the title introduced it. English only; on the labelled pages such openings read
 *  alone less than half the time, so the items that must read alone (takeaway, insights) skip them. */
export function secondMention(text: string, titleStems: ReadonlySet<string>, lang: DigestLanguage | null): boolean {
  if (lang !== 'en') return false;
  const match = SECOND_MENTION.exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (!match) return false;
  const words = `${match[1] ?? ''}${match[2] ?? ''}`.split(' ');
  return !words.some((word) => titleStems.has(stemWord(word, 'en')));
}

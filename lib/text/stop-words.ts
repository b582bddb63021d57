// Stop-words per language: the maintained @orama/stopwords lists (snowball's), plus the
// reporting and filler words that make poor topics though they are not grammatical stop-words.
import { stopwords as en } from '@orama/stopwords/english';
import { stopwords as de } from '@orama/stopwords/german';
import { stopwords as fr } from '@orama/stopwords/french';
import { stopwords as es } from '@orama/stopwords/spanish';
import type { DigestLanguage } from './digest-language';

// Words frequent in any article that never name what it is about (checked on news and blog text),
// and the weekdays and months of each language.
const EXTRA: Record<DigestLanguage, string[]> = {
  en: [
    'said', 'says', 'say', 'told', 'tell', 'also', 'would', 'could', 'should', 'will', 'one', 'two', 'three', 'new',
    'like', 'just', 'many', 'much', 'even', 'still', 'may', 'might', 'get', 'got', 'make', 'made', 'us', 'yet', 'well',
    'way', 'back', 'since', 'last', 'first', 'according', 'including', 'however', 'already', 'around', 'among', 'less',
    'often', 'every', 'another', 'lot', 'thing', 'things', 'something', 'anything', 'everything', 'nothing', 'really',
    'per', 'via', 'whether', 'although', 'though', 'without', 'within', 'upon', 'across', 'along', 'onto', 'toward',
    'towards', 'whose', 'us', 'mr', 'mrs', 'ms', 'dr', 'yes', 'ok', 'etc', 'cent', 'percent', 'year', 'years', 'time',
    'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'people', 'part', 'lot', 'able', 'need', 'want', 'know',
    'think', 'see', 'go', 'going', 'come', 'take', 'put', 'use', 'used', 'using', 'become', 'became', 'added', 'asked',
    'went', 'came', 'took', 'gave', 'give', 'left', 'right', 'good', 'great', 'big', 'small', 'long', 'high', 'low',
    'old', 'last', 'next', 'later', 'early', 'far', 'several', 'least', 'told', 'says', 'saying', 'around', 'ago',
    // The indefinite pronouns Snowball leaves out ("the moment everyone's been waiting for").
    'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'none', 'either', 'neither',
    'whatever', 'whoever', 'whenever', 'wherever', 'let',
  ],
  de: ['wurde', 'wurden', 'worden', 'wäre', 'wären', 'hätte', 'hätten', 'gab', 'ging', 'kam', 'sowie', 'damals', 'später', 'sagte', 'sagt', 'schon', 'immer', 'mehr', 'neue', 'neuen', 'neuer', 'jahr', 'jahre', 'jahren', 'prozent', 'heute', 'dabei', 'bereits', 'sei', 'beim', 'seit', 'gibt', 'laut', 'etwa', 'rund', 'ab',
    // Snowball spells 'dass' the old way; question words and the calendar are never a topic.
    'dass', 'wer', 'wen', 'wem', 'wessen', 'warum', 'weshalb', 'weswegen', 'wieso', 'woher', 'wohin', 'wann', 'uhr',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april',
    'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'woche', 'wochen', 'monat', 'monate',
    // Possessives and quantifiers in all their endings (Snowball lists a few forms), and the
    // commonest adjectives, as the English list has "many", "first", "good", "big", "old".
    'unserem', 'unseren', 'unserer', 'unseres', 'eurem', 'euren', 'eurer', 'eures', 'viele', 'vielen', 'vieler', 'vieles',
    'verschiedene', 'verschiedenen', 'verschiedener', 'sogenannte', 'sogenannten', 'sogenannter', 'mehrere', 'mehreren',
    'weitere', 'weiteren', 'weiterer', 'zahlreiche', 'zahlreichen', 'diverse', 'diversen', 'sämtliche', 'sämtlichen',
    'jeweilige', 'jeweiligen', 'gewisse', 'gewissen', 'erste', 'ersten', 'erster', 'letzte', 'letzten', 'letzter',
    'nächste', 'nächsten', 'nächster', 'gute', 'guten', 'guter', 'große', 'großen', 'großer', 'kleine', 'kleinen',
    'kleiner', 'alte', 'alten', 'alter', 'ganze', 'ganzen', 'ganzer', 'bestimmte', 'bestimmten', 'bestimmter',
    'wenig', 'wenige', 'wenigen', 'weniger',
    // Prepositions and their contractions with the article that Snowball leaves out, and "deren".
    'neben', 'per', 'ab', 'seit', 'samt', 'mittels', 'wegen', 'trotz', 'laut', 'statt', 'anstatt', 'gegenüber',
    'innerhalb', 'außerhalb', 'oberhalb', 'unterhalb', 'beim', 'ans', 'aufs', 'durchs', 'fürs', 'hinters', 'übers',
    'ums', 'vors', 'deren', 'derer'],
  fr: ['a', 'ont', 'était', 'sont', 'être', 'avoir', 'plus', 'tout', 'tous', 'toute', 'toutes', 'fait', 'faire', 'dit', 'selon', 'aussi', 'ans', 'an', 'année', 'deux', 'très', 'comme', 'si', 'bien', 'encore', 'peu', 'ainsi', 'cas', 'lors', 'après', 'avant', 'entre', 'depuis', 'sous', 'chez', 'dont', 'où', 'alors', 'donc', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai',
    'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'semaine', 'semaines', 'mois'],
  es: ['era', 'fue', 'año', 'años', 'según', 'así', 'sólo', 'solo', 'tras', 'cada', 'vez', 'veces', 'ser', 'sido', 'hacer', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo',
    'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'semana', 'semanas', 'mes', 'meses'],
};

const LISTS: Record<DigestLanguage, ReadonlySet<string>> = {
  en: new Set([...en, ...EXTRA.en]),
  de: new Set([...de, ...EXTRA.de]),
  fr: new Set([...fr, ...EXTRA.fr]),
  es: new Set([...es, ...EXTRA.es]),
};

/** True for a lowercased word that carries no topic in `lang`; with no list (null), only very short words. */
export function isStopWord(word: string, lang: DigestLanguage | null): boolean {
  if (word.length < 2) return true;
  return lang ? LISTS[lang].has(word) : false;
}

// Byline and dateline lines inside the article ("By Jane Doe", "Published 10:48, Tue Nov 19"):
// they are metadata, reported in the article's fields, not part of its text.
import { foldSpace, removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classAndId, countWords, elementsNamed, walkElements } from '../element-tests';

const BYLINE_HOLDERS = new Set(['p', 'div', 'span', 'h4', 'h5', 'h6']);

const META_CLASS = /(?:^|[-_ ])(byline|bylines|by-?line|author|authors|author-?name|dateline|date|dates|timestamp|time|pubdate|published|publish-?date|posted-?on|updated|entry-?meta|post-?meta|article-?meta|meta|meta-?data|reading-?time|read-?time)(?=$|[-_ ])/;
const BYLINE_TEXT = /^(by|von|por|par|di|door|av|af|от|autor|author|written by|posted by|geschrieben von)\s*:?\s+\p{Lu}/iu;
const MONTH = [
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*', 'januar|februar|märz|mai|juni|juli|oktober|dezember',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
  'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre', 'januari|februari|maart|mei|augustus',
].join('|');

/** Words a date or time line is made of besides numbers and months ("PUBLISHED: 10:48, Tue, Nov
 *  19, 2019", "Updated: Nov. 20, 2019 1:35 a.m.", "Managua, Nicaragua 26, Abril, 2022 7:43 p.m."). */
const DATE_WORD = new RegExp(`^(?:${MONTH}|a|p|m|am|pm|uhr|h|at|um|on|le|el|de|del|à|às|feira|updated|published|posted|aktualisiert|veröffentlicht|actualizado|publicado|mis|jour|publié|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|\\p{L}+tag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$`, 'iu');
const YEAR_OR_TIME = /(?:^|\D)(?:19|20)\d{2}(?!\d)|\d[:.]\d{2}(?!\d)/;
/** Besides its date and time, a date line names at most a place ("Managua, Nicaragua"). */
const MAX_PLACE_WORDS = 2;

/** A line that is a date or a time, with at most a place beside it. */
function isDateLine(text: string): boolean {
  // Most short lines hold no year and no time: one cheap test turns them away.
  if (!YEAR_OR_TIME.test(text)) return false;
  const spaced = text.replace(/(\d)(\p{L})/gu, '$1 $2');
  let other = 0;
  for (const word of spaced.split(/[^\p{L}]+/u)) if (word && !DATE_WORD.test(word) && ++other > MAX_PLACE_WORDS) return false;
  return true;
}

const MAX_META_WORDS = 20;
const MAX_LINE_WORDS = 10;
const MAX_LINE_CHARS = 200;

/** A short box whose class says byline, author or date. */
function removeMetaBox(element: Element, context: ExtractContext): boolean {
  // The class first: it is two attribute reads, and most paragraphs have none that says byline.
  if (!META_CLASS.test(classAndId(element))) return false;
  const words = countWords(element.textContent ?? '');
  // A paragraph is a line at most; other boxes may hold a byline and a date.
  if (words === 0 || words > (element.tagName === 'P' ? MAX_LINE_WORDS : MAX_META_WORDS)) return false;
  removeElement(context, element, removeBylines.name, 'byline or date box');
  return true;
}

export const removeBylines: CleaningStep = {
  name: 'remove-bylines',
  phase: 'content',
  run(root, context) {
    walkElements(root, removeMetaBox, context);
    for (const element of elementsNamed(root, BYLINE_HOLDERS)) {
      if (element.children.length > 4) continue;
      const raw = element.textContent ?? '';
      if (raw.length > MAX_LINE_CHARS || !root.contains(element)) continue;
      const text = foldSpace(raw);
      if (!text || countWords(text) > MAX_LINE_WORDS) continue;
      if (isDateLine(text)) removeElement(context, element, this.name, 'date line');
      else if (/[.!?]$/.test(text) && !/\d\.$/.test(text)) continue;
      else if (BYLINE_TEXT.test(text)) removeElement(context, element, this.name, 'byline');
    }
  },
};

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
const DATE_TEXT = new RegExp(
  `^([|·•]\\s*)?(((first |last )?(published|updated|posted)|(news |publication )?date|veröffentlicht|veröffentlichung|aktualisiert|erstellt|publiziert|publicado|actualizado|publié|mis à jour|stand)( on| am| le| el| em)?\\s*:?\\s*)?` +
    // The time may come first ("PUBLISHED: 10:48, Tue, Nov 19, 2019").
    `(\\d{1,2}[:.]\\d{2}(\\s*(am|pm))?,?\\s+)?(\\p{L}+(-\\p{L}+)?,?\\s+)?(\\d{1,2}\\.?\\s+(de\\s+)?(${MONTH})\\.?,?\\s+(de\\s+)?\\d{2,4}|(${MONTH})\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4})` +
    `([,\\s|-]+(at\\s+|um\\s+|à\\s+|às\\s+|a las\\s+|alle\\s+|om\\s+)?\\d{1,2}[:.h]\\d{2}(\\s*(am|pm|uhr|h))?)?(\\s+\\p{L}{2,4})?\\s*$`,
  'iu',
);
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
      if (!text || countWords(text) > MAX_LINE_WORDS || /[.!?]$/.test(text) && !/\d\.$/.test(text)) continue;
      if (BYLINE_TEXT.test(text) || DATE_TEXT.test(text)) removeElement(context, element, this.name, 'byline or date line');
    }
  },
};

// Image captions and photo credits: they describe a picture the text reader does not see, and
// readers of the text do not count them as the article.
import { foldSpace, removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classAndId, countWords, elementsNamed, walkElements } from '../element-tests';

const CAPTION_HOLDERS = new Set(['p', 'span', 'small', 'div', 'em']);

const CAPTION_CLASS = /(?:^|[-_ ])(caption|captions|figcaption|wp-caption-text|credit|credits|photo-?credit|image-?credit|img-?credit|copyright|media-?credit)(?=$|[-_ ])/;
const CREDIT_LINE = /^(\(?(image|images|photo|photos|photograph|picture|foto|fotos|bild|quelle|crédits?|credits?|source image|bildnachweis|fotonachweis|bildquelle)s?( credits?| photos?)?\s*(:|©|\|)|©\s*\S)/i;
// "Figure 4: ...", "Abb. 2 ..." as a line of its own is a figure's caption.
const FIGURE_LINE = /^(figure|fig\.|abbildung|abb\.|grafik|bild|image|photo|foto|illustration)\s*\d+\s*[:.–-]/i;
// A short line whose last sentence is a credit ("Marco Odermatt, Ski-Star. © AFP / M. Bertorello") is a caption.
const CREDITED_LINE = /[.!?)]\s+(©|\(c\)|(foto|photo|bild|image)s?\s*:)\s*[^©.!?]{2,80}$/i;
const MAX_CAPTION_WORDS = 60;
const MAX_FIGURE_LINE_WORDS = 25;
const MAX_CREDIT_WORDS = 12;
const MAX_CREDIT_CHARS = 300;

/** A figcaption, or a short box whose class says caption or credit. */
function removeCaptionBox(element: Element, context: ExtractContext): boolean {
  const tag = element.tagName;
  const isCaption = tag === 'FIGCAPTION' || CAPTION_CLASS.test(classAndId(element));
  if (!isCaption) return false;
  const words = countWords(element.textContent ?? '');
  if (words > MAX_CAPTION_WORDS) return false;
  removeElement(context, element, removeCaptions.name, tag === 'FIGCAPTION' ? 'figure caption' : 'caption or credit');
  return true;
}

export const removeCaptions: CleaningStep = {
  name: 'remove-captions',
  phase: 'content',
  run(root, context) {
    walkElements(root, removeCaptionBox, context);
    for (const element of elementsNamed(root, CAPTION_HOLDERS)) {
      if (element.children.length > 3 || element.firstElementChild?.tagName === 'P') continue;
      const raw = element.textContent ?? '';
      if (raw.length > MAX_CREDIT_CHARS || !root.contains(element)) continue;
      const text = foldSpace(raw);
      if (!text) continue;
      const words = countWords(text);
      if (words <= MAX_CREDIT_WORDS && CREDIT_LINE.test(text)) removeElement(context, element, this.name, 'photo credit');
      else if (words <= MAX_FIGURE_LINE_WORDS && FIGURE_LINE.test(text)) removeElement(context, element, this.name, 'figure caption line');
      else if (words <= MAX_FIGURE_LINE_WORDS && CREDITED_LINE.test(text)) removeElement(context, element, this.name, 'caption with its credit');
    }
  },
};

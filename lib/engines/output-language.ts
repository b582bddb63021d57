// The language an AI engine writes the card in (the settings' outputLanguage): the article's own
// by default, or one the reader picks. Quotes stay the article's words whatever it is: they are
// checked against the article's text.

/** The choices the settings offer: the article's language, or one of these (BCP 47 tags). */
export const OUTPUT_LANGUAGES = ['article', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja'] as const;
export type OutputLanguage = (typeof OUTPUT_LANGUAGES)[number];

const BASE_TAG = /^([a-z]{2,3})(?:[-_]|$)/i;

/** The primary language of a page's tag ("de-AT" → "de"), or undefined when it names none. */
export function baseLanguage(tag: string | null | undefined): string | undefined {
  return BASE_TAG.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
}

/** The tag the model is to write in: the one chosen, or the article's when it says; undefined when neither does. */
export function outputLanguageTag(choice: OutputLanguage, articleLang: string | null | undefined): string | undefined {
  return choice === 'article' ? baseLanguage(articleLang) : choice;
}

const ENGLISH_NAMES = new Intl.DisplayNames('en', { type: 'language' });

/** "German" for "de": how the prompt (written in English) names a language. */
export function englishLanguageName(tag: string): string {
  try {
    return ENGLISH_NAMES.of(tag) ?? tag;
  } catch (error) {
    // Intl refuses a malformed tag; the tag itself is the best name left.
    if (error instanceof RangeError) return tag;
    throw error;
  }
}

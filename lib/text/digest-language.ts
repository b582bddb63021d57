// Which of the digest's fully supported languages a page is in; others get the language-neutral path.

/** Languages with stop-words, stemmer and cue phrases; anything else gets summary and topics only. */
export type DigestLanguage = 'en' | 'de' | 'fr' | 'es';

const SUPPORTED: readonly DigestLanguage[] = ['en', 'de', 'fr', 'es'];
const SUBTAG_SEPARATOR = /[-_]/;

/**
 * Maps a page's BCP 47 tag ("en-US", "de_DE", "FR") to a supported language, or null.
 * A missing tag counts as English: most untagged pages in the wild are, and the English rules
 * degrade gracefully on other Latin-script text.
 */
export function digestLanguage(lang: string | null | undefined): DigestLanguage | null {
  if (!lang || !lang.trim()) return 'en';
  const base = lang.trim().toLowerCase().split(SUBTAG_SEPARATOR)[0] ?? '';
  return (SUPPORTED as readonly string[]).includes(base) ? (base as DigestLanguage) : null;
}

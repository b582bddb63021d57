// The interface's words, in the browser's language: public/_locales/<lang>/messages.json, read
// through browser.i18n (English where the browser's language has no translation; the manifest's
// default_locale). The messages files are data the browser loads itself: no translation is
// bundled into a page's script. Keys are typed from the English file, so a key used here that
// English lacks does not compile; tests/unit/i18n checks every locale has every key.
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
/** A message that comes in a `_one` and an `_other` form, by its name without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;
/** What {@link t} does: the message `key` with `substitutions` for its placeholders, in order. */
export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

/**
 * browser.i18n.getMessage, as a plain signature: WXT's generated overloads (.wxt/types/i18n.d.ts)
 * know the keys only after `wxt prepare` has run again; MessageKey, read from the file itself, is
 * the check.
 */
type GetMessage = (key: string, substitutions: string[]) => string;

export const t: Translate = (key, ...substitutions) => {
  const text = (browser.i18n.getMessage as GetMessage)(key, substitutions.map(String));
  // Only a key missing from the default locale reads as ''; the type above makes that a bug.
  if (!text) throw new Error(`No message "${key}" in public/_locales/en/messages.json`);
  return text;
};

/**
 * The language the interface speaks: the locale of the messages shown (the `locale` message), in
 * the browser's regional form when it is the same language ("en-US" for "en"), for dates and numbers.
 */
export function uiLocale(): string {
  const messages = t('locale');
  const browserLocale = browser.i18n.getUILanguage();
  return browserLocale.split('-')[0] === messages ? browserLocale : messages;
}

// Intl objects cost ~0.1-0.4 ms each to make: kept per locale (a test may switch it).
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, make: (locale: string) => T): T {
  const locale = uiLocale();
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = make(locale)));
  return value;
}

/** A count as the interface's language writes it ("2,000", "2.000", "2 000"). */
export function formatNumber(value: number): string {
  return cached(numberFormats, (locale) => new Intl.NumberFormat(locale)).format(value);
}

/**
 * The `_one` or `_other` form of `base` for `count` (the count, formatted, is the first
 * substitution). Languages with more forms than two (French "many" for millions) use `_other`.
 */
export function plural(base: PluralKey, count: number, ...substitutions: Array<string | number>): string {
  const form = cached(pluralRules, (locale) => new Intl.PluralRules(locale)).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}`, formatNumber(count), ...substitutions);
}

/** The page's language and title in the interface's language (extension pages' HTML says English). */
export function localizeDocument(title?: MessageKey): void {
  document.documentElement.lang = t('locale');
  if (title) document.title = t(title);
}

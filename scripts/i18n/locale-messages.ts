// The extension's messages (public/_locales) outside the browser: the CLI's Markdown headings and
// the tests' stand-in for browser.i18n. getMessage's rules, as Chrome and Firefox apply them:
// named placeholders ($TITLE$) stand for their content ($1…$9), filled with the substitutions in
// one pass; "$$" is a dollar sign; a key the locale lacks falls back to the default locale (en).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey, Translate } from '../../components/i18n/t';

export const LOCALES_DIR = join(import.meta.dirname, '../../public/_locales');
/** The languages the interface is translated into; the first is the default. */
export const UI_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

export function readMessages(locale: string): MessagesFile {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessagesFile;
}

const NAMED = /\$([A-Za-z0-9_@]+)\$/g;
const NUMBERED = /\$(\$|[1-9])/g;

/** `entry`'s text with `substitutions`, as browser.i18n.getMessage gives it. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const expanded = entry.message.replace(NAMED, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return expanded.replace(NUMBERED, (_whole, digit: string) => (digit === '$' ? '$' : (substitutions[Number(digit) - 1] ?? '')));
}

/**
 * `browser.i18n.getMessage` for `locale`, English for what it lacks, or for all of it when it is
 * not translated ('' for a key English lacks too).
 */
export function messageGetter(locale: string): (key: string, substitutions?: string | string[]) => string {
  const english = readMessages(UI_LOCALES[0]);
  const own = locale !== UI_LOCALES[0] && existsSync(join(LOCALES_DIR, locale, 'messages.json')) ? readMessages(locale) : english;
  return (key, substitutions) => {
    const entry = Object.hasOwn(own, key) ? own[key] : Object.hasOwn(english, key) ? english[key] : undefined;
    if (!entry) return '';
    return formatMessage(entry, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  };
}

/** {@link Translate} in `locale`, for code that runs outside the browser (the CLI). */
export function translatorFor(locale: UiLocale): Translate {
  const get = messageGetter(locale);
  return (key: MessageKey, ...substitutions) => {
    const text = get(key, substitutions.map(String));
    if (!text) throw new Error(`No message "${key}" in ${LOCALES_DIR}/en/messages.json`);
    return text;
  };
}

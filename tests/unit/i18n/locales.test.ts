// Every locale has every message, with the same placeholders; every message the code asks for
// exists, and every message is asked for somewhere. A string shown by the interface that is not
// in public/_locales fails tests/unit/i18n/no-hard-coded-strings.test.tsx.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readMessages, UI_LOCALES, type MessagesFile } from '../../../scripts/i18n/locale-messages';

const ROOT = join(LOCALES_DIR, '../..');
const english = readMessages('en');
const locales = Object.fromEntries(UI_LOCALES.map((locale) => [locale, readMessages(locale)])) as Record<string, MessagesFile>;
const translations = UI_LOCALES.filter((locale) => locale !== 'en');

/** Messages that read the same in every language: names, a tag, a file type. */
const SAME_EVERYWHERE: Record<string, readonly string[]> = {
  extName: UI_LOCALES,
  engineOpenAiHint: UI_LOCALES,
  engineAnthropic: UI_LOCALES,
  chromeAiStatus: ['de', 'es'],
  audienceCto: ['fr', 'es'],
  audienceDesigner: ['de'],
  engineLocal: ['fr', 'es'],
  filterSite: ['fr'],
  cardSourceLink: ['fr'],
  details: ['de'],
  obsidianVault: ['de'],
};

const placeholders = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('public/_locales', () => {
  it('has the four languages, each a messages.json', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each(translations)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(locales[locale]!).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(UI_LOCALES)('%s: every message is text, trimmed, its placeholders declared and used as in English', (locale) => {
    for (const [key, entry] of Object.entries(locales[locale]!)) {
      expect(entry.message.trim(), `${locale} ${key}`).not.toBe('');
      expect(entry.message, `${locale} ${key}`).toBe(entry.message.trim());
      const declared = Object.keys(entry.placeholders ?? {}).sort();
      expect(placeholders(entry.message), `${locale} ${key}`).toEqual(declared);
      expect(declared, `${locale} ${key}`).toEqual(Object.keys(english[key]?.placeholders ?? {}).sort());
      for (const [name, value] of Object.entries(entry.placeholders ?? {})) {
        expect(value.content, `${locale} ${key} $${name}$`).toBe(english[key]!.placeholders![name]!.content);
      }
    }
  });

  it.each(translations)('%s is translated (the same words as English only where a name is meant)', (locale) => {
    const untranslated = Object.keys(english).filter((key) => locales[locale]![key]!.message === english[key]!.message && !SAME_EVERYWHERE[key]?.includes(locale) && key !== 'locale');
    expect(untranslated).toEqual([]);
  });

  it.each(UI_LOCALES)('%s: the manifest name and description fit the stores (75 and 132 characters)', (locale) => {
    expect(locales[locale]!.extName!.message.length).toBeLessThanOrEqual(75);
    expect(locales[locale]!.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(locales[locale]!.locale!.message).toBe(locale);
  });

  it('French puts a no-break space before : ; ! ? and inside « »', () => {
    for (const [key, entry] of Object.entries(locales.fr!)) {
      expect(entry.message, key).not.toMatch(/ [:;!?»]|« /);
      expect(entry.message, key).not.toMatch(/[^\s\u00a0\u202f$(/][;!?]/);
    }
  });
});

/** Every source file the extension and the CLI are made of. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const code = [...['components', 'entrypoints', 'lib', 'scripts'].flatMap((dir) => sourceFiles(join(ROOT, dir))), join(ROOT, 'wxt.config.ts')].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the code and the messages', () => {
  it('asks only for messages English has (t, plural, getMessage, __MSG_…__)', () => {
    const asked = code.flatMap(({ path, text }) => [
      ...[...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => ({ path, key: m[1]! })),
      ...[...text.matchAll(/\bgetMessage\('([A-Za-z0-9_]+)'/g)].map((m) => ({ path, key: m[1]! })),
      ...[...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => ({ path, key: m[1]! })),
      ...[...text.matchAll(/\bplural\('([A-Za-z0-9_]+)'/g)].flatMap((m) => [
        { path, key: `${m[1]}_one` },
        { path, key: `${m[1]}_other` },
      ]),
    ]);
    expect(asked.length).toBeGreaterThan(100);
    expect(asked.filter(({ key }) => !Object.hasOwn(english, key))).toEqual([]);
  });

  it('uses every message', () => {
    const all = code.map(({ text }) => text).join('\n');
    const used = (key: string) => all.includes(`'${key}'`) || all.includes(`__MSG_${key}__`) || all.includes(`'${key.replace(/_(one|other)$/, '')}'`);
    expect(Object.keys(english).filter((key) => !used(key))).toEqual([]);
  });
});

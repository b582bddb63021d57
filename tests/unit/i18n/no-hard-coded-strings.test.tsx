// @vitest-environment happy-dom
// Every word the interface shows comes from public/_locales. The pages are rendered in a
// pseudo-locale whose every message is wrapped in ⟦…⟧; whatever text is left outside the marks,
// once the page's own data (titles, summaries, topics, dates as Intl writes them) is taken out,
// was written into a component and would stay English in every language.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatPublished } from '../../../components/format/source-facts';
import { LibraryApp } from '../../../components/LibraryApp';
import type { LibraryServices } from '../../../components/library-services';
import { PopupApp } from '../../../components/PopupApp';
import type { PopupServices } from '../../../components/popup-services';
import { ObsidianSettingsView } from '../../../components/settings/ObsidianSettingsView';
import { EngineSettingsView } from '../../../components/settings/EngineSettingsView';
import type { SettingsServices } from '../../../components/settings/settings-services';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import type { FailureCode } from '../../../lib/article';
import { defaultEngineSettings, ENGINE_NAMES, type EngineName } from '../../../lib/engines/engine-settings';
import { OUTPUT_LANGUAGES } from '../../../lib/engines/output-language';
import { parseBackup } from '../../../lib/library/plan-import';
import { defaultObsidianSettings } from '../../../lib/obsidian/obsidian-settings';
import { entryOf } from '../../../lib/storage/library-entry';
import type { SavedDigest } from '../../../lib/storage/saved-digest-schema';
import { messageGetter } from '../../../scripts/i18n/locale-messages';
import { root, settle, useRenderRoot } from '../../helpers/render-root';
import { setTestLocale, setTestMessages } from '../../helpers/test-i18n';
import { sampleArticle, sampleDigest, sampleRecord } from '../library/sample-records';

const english = messageGetter('en');
/** Every message wrapped; the locale stays a real tag (Intl needs one). */
const pseudo = (key: string, substitutions?: string | string[]) => (key === 'locale' ? 'en' : `⟦${english(key, substitutions)}⟧`);

beforeEach(() => setTestMessages(pseudo, 'en'));
afterEach(() => setTestLocale('en', 'en-GB'));
useRenderRoot();

/** Names that are the same in every language, and may stand in the interface as they are. */
const PROPER_NAMES = ['OpenAI', 'Ollama', 'LM Studio', 'OpenRouter', 'Obsidian'];

const article = sampleArticle({
  coverage: { status: 'partial', visibleWords: 412, estimatedWords: 2000, reason: 'Subscribe to keep reading' },
  wordCount: 600,
});
const digest = sampleDigest({
  keyInsights: [{ text: 'Insight one.', quote: 'Amazon builds primitives.' }],
  principles: [{ text: 'A principle.', quote: 'Nowhere in the page.', verified: false }],
  method: { text: 'A method.' },
  inPractice: [{ text: 'Do this.' }],
  audience: ['CTO', 'Developer'],
});
const record = sampleRecord('https://example.org/post', '2026-11-20T00:00:00.000Z', { article, digest });

/** Strings the page brings (never the interface's), in every form the components show them. */
function dataStrings(records: readonly SavedDigest[]): string[] {
  const strings = new Set<string>(PROPER_NAMES);
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const saved of records) {
    collect(saved);
    collect(entryOf(saved));
    for (const date of [saved.updatedAt, saved.article.publishedTime]) strings.add(formatPublished(date) ?? '');
    strings.add(new URL(saved.url).hostname.replace(/^www\./, ''));
  }
  for (const language of OUTPUT_LANGUAGES) {
    const name = new Intl.DisplayNames(language, { type: 'language' }).of(language) ?? '';
    strings.add(name.charAt(0).toLocaleUpperCase(language) + name.slice(1));
  }
  return [...strings].filter((text) => /\p{L}/u.test(text));
}

/** Words shown outside a message: text nodes and the attributes people read or hear. */
function strayWords(data: readonly string[]): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) shown.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']) {
      const value = element.getAttribute(name);
      if (value) shown.push(value);
    }
  }
  // A message's text in a text node may be split from its marks (a link inside); so join first.
  let rest = shown.join('\n');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const text of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ');
  return rest.split(/\s+/).filter((word) => /\p{L}/u.test(word));
}

async function mount(page: ComponentChildren): Promise<void> {
  await act(async () => render(page, root));
  await settle(8);
}

function popupServices(outcome: Awaited<ReturnType<PopupServices['digestTab']>>, url = 'https://example.org/post'): PopupServices {
  return {
    targetTab: async () => ({ id: 1, url, status: 'complete' }),
    waitUntilLoaded: async () => ({ id: 1, url, status: 'complete' }),
    digestTab: async () => outcome,
    toMarkdown: () => '# x\n',
    isSaved: async () => true,
    save: async () => undefined,
    copyText: async () => undefined,
    download: () => undefined,
    openLibrary: async () => undefined,
    openSettings: async () => undefined,
    obsidianSettings: async () => defaultObsidianSettings(),
    openUrl: () => undefined,
  };
}

describe('no word of the interface is written into a component', () => {
  // Dates as the pseudo-locale's Intl writes them: made inside the tests.
  let data: string[] = [];
  beforeEach(() => {
    data = dataStrings([record]);
  });

  it('the popup card, its actions and notices', async () => {
    await mount(<PopupApp services={popupServices({ ok: true, article, digest: { ...digest, engine: { name: 'openai-compatible', model: 'gpt-x' } } })} />);
    expect(root.querySelector('.card-title')).not.toBeNull();
    // Long enough for the library's "Saved" answer.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 300)));
    await settle();
    for (const button of root.querySelectorAll<HTMLButtonElement>('.card-actions button')) {
      await act(async () => button.click());
      await settle();
      expect(strayWords([...data, 'gpt-x'])).toEqual([]);
    }
  });

  it.each<[string, string | undefined, FailureCode | undefined]>([
    ['a browser page', 'chrome://settings', undefined],
    ['a store', 'https://chromewebstore.google.com/detail/x', undefined],
    ['a PDF', 'https://example.org/a.pdf', undefined],
    ['not the web', 'ftp://example.org/', undefined],
    ['no article', undefined, 'not-readerable'],
    ['a timeout', undefined, 'timeout'],
    ['a refused page', undefined, 'restricted-page'],
    ['a page too large', undefined, 'too-large'],
    ['another failure', undefined, 'fetch-failed'],
  ])('the popup on %s', async (_name, url, code) => {
    const outcome = code ? { ok: false as const, error: { code, message: 'lib’s own words' } } : { ok: true as const, article, digest };
    await mount(<PopupApp services={popupServices(outcome, url)} />);
    expect(root.querySelector('.status-title')).not.toBeNull();
    expect(strayWords([...data, 'lib’s own words'])).toEqual([]);
  });

  it('the library: list, banners, an opened card, import and export', async () => {
    let records = [record, sampleRecord('https://b.org/x', '2026-11-01T00:00:00.000Z', { article: { title: 'Other piece' } })];
    const services: LibraryServices = {
      newestEntries: async (limit) => ({ entries: records.slice(0, limit).map(entryOf), total: records.length }),
      listEntries: async () => ({ entries: records.map(entryOf), skipped: [{ key: 'https://bad.example/', reason: 'expected object' }], problem: 'quota' }),
      get: async (url) => records.find((r) => r.url === url),
      list: async () => ({ records, skipped: [] }),
      remove: async (url) => {
        const found = records.find((r) => r.url === url);
        records = records.filter((r) => r.url !== url);
        return found;
      },
      putAll: async () => undefined,
      toMarkdown: () => '# x\n',
      download: () => undefined,
      copyText: async () => undefined,
      obsidianSettings: async () => defaultObsidianSettings(),
      openUrl: () => undefined,
      now: () => new Date('2026-11-22T00:00:00Z'),
      showCardInAddress: () => undefined,
      openSettings: async () => undefined,
    };
    const libraryData = [...dataStrings(records), 'https://bad.example/', 'expected object', 'quota'];
    await mount(<LibraryApp services={services} />);
    expect(root.querySelectorAll('.entry')).toHaveLength(2);
    expect(strayWords(libraryData)).toEqual([]);

    await act(async () => root.querySelector<HTMLButtonElement>('.entry-title button')!.click());
    await settle();
    expect(root.querySelector('.opened .card-title')).not.toBeNull();
    for (const button of root.querySelectorAll<HTMLButtonElement>('.opened > .actions button:not(.danger)')) {
      if (button.textContent?.includes('←')) continue;
      await act(async () => button.click());
      await settle();
      expect(strayWords(libraryData)).toEqual([]);
    }
    await act(async () => root.querySelector<HTMLButtonElement>('.opened button.danger')!.click());
    await settle();
    expect(root.querySelector('.undo-bar')).not.toBeNull();
    expect(strayWords(libraryData)).toEqual([]);

    // An import's problems are lib's words (English, like the CLI's): data here.
    const badBackup = '{"not": "a backup"}';
    const problems = parseBackup(badBackup);
    const libWords = problems.ok ? [] : problems.problems.map((p) => `${p.where}: ${p.reason}`);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([badBackup], 'backup.json')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await settle(10);
    expect(root.querySelector('.report-details')).not.toBeNull();
    expect(strayWords([...libraryData, 'backup.json', ...libWords])).toEqual([]);
  });

  it.each(ENGINE_NAMES)('the settings page with the %s engine', async (engine: EngineName) => {
    const stored = { ...defaultEngineSettings(), engine };
    stored.openaiCompatible = { ...stored.openaiCompatible, apiKey: 'sk-abcdef123456', keyOrigin: 'https://elsewhere.example' };
    const services: SettingsServices = {
      load: async () => stored,
      save: async () => undefined,
      requestHostPermission: async () => false,
      testConnection: async () => ({ ok: true, message: 'from lib' }),
      chromeAiStatus: async () => ({ promptApi: 'downloadable', summarizer: 'absent' }),
      downloadChromeAi: async () => 'available',
    };
    const obsidian = { load: async () => defaultObsidianSettings(), save: async () => undefined };
    await mount(<OptionsPage services={services} obsidian={obsidian} />);
    const settingsData = [...data, 'https://elsewhere.example', 'Clippings', ...[stored.openaiCompatible, stored.anthropic].flatMap((e) => [e.baseUrl, e.model])];
    expect(strayWords(settingsData)).toEqual([]);
    // Save: the permission refused, then the Obsidian settings saved.
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[type=submit]')) {
      await act(async () => button.click());
      await settle();
    }
    expect(root.querySelectorAll('.settings-status').length).toBeGreaterThan(0);
    expect(strayWords(settingsData)).toEqual([]);
  });

  it('finds a word written into a component (the check itself)', async () => {
    await mount(
      <div>
        <ObsidianSettingsView services={{ load: async () => defaultObsidianSettings(), save: async () => undefined }} />
        <p title="Hard-coded">⟦x⟧</p>
      </div>,
    );
    expect(strayWords([...data, 'Clippings'])).toEqual(['Hard-coded']);
    await mount(<EngineSettingsView services={{ load: () => new Promise(() => undefined) } as unknown as SettingsServices} />);
    expect(strayWords(data)).toEqual([]);
  });
});

// @vitest-environment happy-dom
// Issue 7 wiring in the extension's pages: the options page renders the engine settings over a
// storage area; the popup links to Settings, runs the chosen engine with its progress as the
// loading line, and Cancel shows the local digest.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import type { PopupServices } from '../../../components/popup-services';
import { createObsidianSettingsServices, createSettingsServices } from '../../../components/settings/create-settings-services';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import type { Digest } from '../../../lib/digest/digest-schema';
import { ENGINE_SETTINGS_STORAGE_KEY, defaultEngineSettings } from '../../../lib/engines/engine-settings';
import { sampleArticle, sampleDigest } from '../library/sample-records';
import { root, settle, useRenderRoot } from '../../helpers/render-root';
import { defaultObsidianSettings, OBSIDIAN_SETTINGS } from '../../../lib/obsidian/obsidian-settings';

const article = sampleArticle({ wordCount: 600 });
const localDigest = sampleDigest();

useRenderRoot();

const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

function popupServices(overrides: Partial<PopupServices>, calls: string[] = []): PopupServices {
  return {
    targetTab: async () => ({ id: 1, url: 'https://a.org/post', status: 'complete' }),
    waitUntilLoaded: async () => ({ id: 1, url: 'https://a.org/post', status: 'complete' }),
    digestTab: async () => ({ ok: true, article, digest: localDigest }),
    toMarkdown: () => '',
    isSaved: async () => false,
    save: async () => undefined,
    copyText: async () => undefined,
    download: () => undefined,
    openLibrary: async () => undefined,
    obsidianSettings: async () => defaultObsidianSettings(),
    openUrl: () => undefined,
    openSettings: async () => void calls.push('settings'),
    ...overrides,
  };
}

describe('options page', () => {
  it('renders the engine settings from storage, local by default', async () => {
    const area = new Map<string, unknown>();
    const storage = { get: async (key: string) => (area.has(key) ? { [key]: area.get(key) } : {}), set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => area.set(k, v)) };
    const services = createSettingsServices({
      storage,
      requestOrigins: async () => true,
      fetch: () => Promise.reject(new Error('no network in this test')),
    });
    await act(async () => render(<OptionsPage services={services} obsidian={createObsidianSettingsServices(storage)} />, root));
    await settle();
    expect(root.querySelector('h1')?.textContent).toBe('Article Digest settings');
    const checked = root.querySelector<HTMLInputElement>('input[name="engine"]:checked');
    expect(checked?.value).toBe('local');
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="engine"]')].map((i) => i.value)).toEqual(['local', 'chrome-ai', 'openai-compatible', 'anthropic']);
    // Saving the default writes the parsed settings under the engine key.
    await act(async () => button('Save').click());
    await settle();
    expect(area.get(ENGINE_SETTINGS_STORAGE_KEY)).toEqual(defaultEngineSettings());
  });

  it("keeps Send to Obsidian's vault, folder and silent choice, Clippings by default", async () => {
    const area = new Map<string, unknown>();
    const storage = { get: async (key: string) => (area.has(key) ? { [key]: area.get(key) } : {}), set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => area.set(k, v)) };
    const services = createSettingsServices({ storage, requestOrigins: async () => true, fetch: () => Promise.reject(new Error('no network in this test')) });
    await act(async () => render(<OptionsPage services={services} obsidian={createObsidianSettingsServices(storage)} />, root));
    await settle();
    const vault = root.querySelector<HTMLInputElement>('#obsidian-vault')!;
    expect(root.querySelector<HTMLInputElement>('#obsidian-folder')?.value).toBe('Clippings');
    await act(async () => {
      vault.value = 'Work notes';
      vault.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => root.querySelector<HTMLInputElement>('.obsidian-settings input[type=checkbox]')!.click());
    await act(async () => button('Save Obsidian settings').click());
    await settle();
    expect(area.get(OBSIDIAN_SETTINGS.key)).toEqual({ version: 1, vault: 'Work notes', folder: 'Clippings', silent: true });
    expect(area.has(ENGINE_SETTINGS_STORAGE_KEY)).toBe(false);
  });
});

describe('popup', () => {
  it('has a Settings button on the card that opens the options page', async () => {
    const calls: string[] = [];
    await act(async () => render(<PopupApp services={popupServices({}, calls)} />, root));
    await settle();
    expect(root.querySelector('.card-title')).not.toBeNull();
    expect(buttons()).toContain('Settings');
    await act(async () => button('Settings').click());
    expect(calls).toEqual(['settings']);
  });

  it('shows the AI digest with its engine name, the progress line while it runs', async () => {
    let finish: (digest: Digest) => void = () => undefined;
    const engineDigest: PopupServices['engineDigest'] = (_article, _local, { onProgress }) => {
      onProgress({ stage: 'streaming', part: 1, parts: 1, chars: 1200 });
      return new Promise((resolve) => (finish = resolve));
    };
    await act(async () => render(<PopupApp services={popupServices({ engineDigest })} />, root));
    await settle();
    expect(root.querySelector('.status-title')?.textContent).toBe('The model is writing: 1,200 characters');
    expect(buttons()).toContain('Cancel');
    await act(async () => finish({ ...localDigest, summary: 'From the model.', engine: { name: 'openai-compatible', model: 'm1' } }));
    await settle();
    expect(root.querySelector('.summary')?.textContent).toBe('From the model.');
    expect(root.querySelector('.engine-name')?.textContent).toBe('Digest by an OpenAI-compatible endpoint (m1)');
  });

  it('names an unknown engine as stored, even one called "constructor" (an imported backup)', async () => {
    const engineDigest: PopupServices['engineDigest'] = async () => ({ ...localDigest, engine: { name: 'constructor' } });
    await act(async () => render(<PopupApp services={popupServices({ engineDigest })} />, root));
    await settle();
    expect(root.querySelector('.engine-name')?.textContent).toBe('Digest by constructor');
  });

  it('Cancel aborts the engine and shows the local digest with a note', async () => {
    let seen: AbortSignal | undefined;
    const engineDigest: PopupServices['engineDigest'] = (_article, _local, { signal, onProgress }) => {
      seen = signal;
      onProgress({ stage: 'request', part: 1, parts: 1 });
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    await act(async () => render(<PopupApp services={popupServices({ engineDigest })} />, root));
    await settle();
    expect(root.querySelector('.status-title')?.textContent).toBe('Asking the model…');
    await act(async () => button('Cancel').click());
    await settle();
    expect(seen?.aborted).toBe(true);
    expect(root.querySelector('.summary')?.textContent).toBe(localDigest.summary);
    expect(root.querySelector('.engine-name')).toBeNull();
    expect(root.querySelector('.engine-note')?.textContent).toBe('The AI engine was cancelled; the local digest is shown.');
  });
});

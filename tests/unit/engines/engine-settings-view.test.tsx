// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { EngineSettingsView } from '../../../components/settings/EngineSettingsView';
import type { SettingsServices } from '../../../components/settings/settings-services';
import type { ChromeAiStatus } from '../../../lib/engines/chrome-ai-apis';
import { defaultEngineSettings, type EngineSettings } from '../../../lib/engines/engine-settings';
import { root, useRenderRoot } from '../../helpers/render-root';

const SAVED_KEY = 'sk-live-abcdef9876';

interface Recorder {
  calls: string[];
  saved: EngineSettings[];
  services: SettingsServices;
}

function fakeServices(stored: EngineSettings, chromeAi: ChromeAiStatus = { promptApi: 'downloadable', summarizer: 'absent' }): Recorder {
  const calls: string[] = [];
  const saved: EngineSettings[] = [];
  const services: SettingsServices = {
    load: async () => structuredClone(stored),
    save: async (settings) => {
      calls.push('save');
      saved.push(settings);
    },
    requestHostPermission: async (pattern) => {
      calls.push(`permission ${pattern}`);
      return true;
    },
    testConnection: async (settings) => {
      calls.push('test');
      return { ok: true, message: `Connected: ${settings.openaiCompatible.model} answered in 5 ms.` };
    },
    chromeAiStatus: async () => chromeAi,
    downloadChromeAi: async (onProgress) => {
      onProgress(0.5);
      onProgress(1);
      return 'available';
    },
  };
  return { calls, saved, services };
}

useRenderRoot();

async function show(recorder: Recorder) {
  await act(async () => render(<EngineSettingsView services={recorder.services} />, root));
  await act(async () => undefined);
}

const q = <T extends Element>(selector: string) => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`expected ${selector} in ${root.innerHTML}`);
  return found;
};

async function click(element: Element) {
  await act(async () => (element as HTMLElement).click());
  await act(async () => undefined);
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function storedWithKey(): EngineSettings {
  const settings = defaultEngineSettings();
  settings.engine = 'openai-compatible';
  settings.openaiCompatible.apiKey = SAVED_KEY;
  settings.openaiCompatible.keyOrigin = 'https://api.openai.com';
  return settings;
}

describe('EngineSettingsView', () => {
  it('starts on the local engine, with no connection test', async () => {
    await show(fakeServices(defaultEngineSettings()));
    expect(q<HTMLInputElement>('input[value="local"]').checked).toBe(true);
    expect(root.textContent).not.toMatch(/Test connection/);
  });

  it('shows a stored key masked and never puts it in the page', async () => {
    await show(fakeServices(storedWithKey()));
    const key = q<HTMLInputElement>('#openaiCompatible-api-key');
    expect(key.type).toBe('password');
    expect(key.value).toBe('');
    expect(key.placeholder).toBe('••••••••9876 (saved)');
    expect(root.innerHTML).not.toContain(SAVED_KEY);
  });

  it('asks for the origin permission first, then saves, keeping the stored key when none is typed', async () => {
    const recorder = fakeServices(storedWithKey());
    await show(recorder);
    await click(q('button[type="submit"]'));
    expect(recorder.calls).toEqual(['permission https://api.openai.com/*', 'save']);
    expect(recorder.saved[0]?.openaiCompatible.apiKey).toBe(SAVED_KEY);
    expect(q('.settings-status').textContent).toBe('Saved.');
  });

  it('fills a preset, takes a typed key, and tests the connection', async () => {
    const recorder = fakeServices(storedWithKey());
    await show(recorder);
    const ollama = [...root.querySelectorAll('.presets button')].find((b) => b.textContent === 'Ollama');
    if (!ollama) throw new Error('no Ollama preset');
    await click(ollama);
    expect(q<HTMLInputElement>('#openaiCompatible-base-url').value).toBe('http://localhost:11434/v1');
    await type(q<HTMLInputElement>('#openaiCompatible-api-key'), 'sk-new-key-000000');
    const test = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Test connection');
    if (!test) throw new Error('no Test connection button');
    await click(test);
    expect(recorder.calls).toEqual(['permission http://localhost/*', 'test']);
    expect(q('.settings-status').textContent).toBe('Connected: llama3.2 answered in 5 ms.');
    await click(q('button[type="submit"]'));
    expect(recorder.saved[0]?.openaiCompatible).toMatchObject({ baseUrl: 'http://localhost:11434/v1', apiKey: 'sk-new-key-000000', keyOrigin: 'http://localhost:11434' });
  });

  it('keeps a key with the origin it was entered for: another base URL shows no saved key, and saving without one removes it', async () => {
    const recorder = fakeServices(storedWithKey());
    await show(recorder);
    await type(q<HTMLInputElement>('#openaiCompatible-base-url'), 'http://192.168.1.20:8080/v1');
    expect(q<HTMLInputElement>('#openaiCompatible-api-key').placeholder).toBe('not set');
    expect(root.textContent).toMatch(/The saved key is for https:\/\/api\.openai\.com/);
    expect(root.textContent).toMatch(/no API key is sent/);
    await click(q('button[type="submit"]'));
    expect(recorder.saved[0]?.openaiCompatible).toMatchObject({ baseUrl: 'http://192.168.1.20:8080/v1', apiKey: '', keyOrigin: '' });
    expect(JSON.stringify(recorder.saved)).not.toContain(SAVED_KEY);
  });

  it('keeps the stored key for the origin it was entered for when the path changes', async () => {
    const recorder = fakeServices(storedWithKey());
    await show(recorder);
    await type(q<HTMLInputElement>('#openaiCompatible-base-url'), 'https://api.openai.com/v2');
    expect(q<HTMLInputElement>('#openaiCompatible-api-key').placeholder).toBe('••••••••9876 (saved)');
    await click(q('button[type="submit"]'));
    expect(recorder.saved[0]?.openaiCompatible).toMatchObject({ apiKey: SAVED_KEY, keyOrigin: 'https://api.openai.com' });
  });

  it('refuses a base URL it cannot turn into an origin, without asking for anything', async () => {
    const recorder = fakeServices(storedWithKey());
    await show(recorder);
    await type(q<HTMLInputElement>('#openaiCompatible-base-url'), 'localhost:11434');
    expect(q('.field-error').textContent).toMatch(/expected http: or https:|not a URL/);
    await click(q('button[type="submit"]'));
    expect(recorder.calls).toEqual([]);
  });

  it("shows Chrome's built-in AI availability and download progress", async () => {
    const stored = defaultEngineSettings();
    stored.engine = 'chrome-ai';
    await show(fakeServices(stored));
    expect(root.textContent).toMatch(/Prompt API: available after a one-time model download\. Summarizer: not offered by this browser\./);
    const download = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Download'));
    if (!download) throw new Error('no download button');
    await click(download);
    expect(root.textContent).toMatch(/Prompt API: ready on this device/);
  });

  it("offers no connection test for the on-device model", async () => {
    const stored = defaultEngineSettings();
    stored.engine = 'chrome-ai';
    await show(fakeServices(stored, { promptApi: 'available', summarizer: 'available' }));
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Test connection');
  });

  it.each(['absent', 'unavailable'] as const)("cannot choose Chrome's built-in AI where it is %s, nor save it as the default", async (promptApi) => {
    const recorder = fakeServices(defaultEngineSettings(), { promptApi, summarizer: 'absent' });
    await show(recorder);
    const radio = q<HTMLInputElement>('input[value="chrome-ai"]');
    expect(radio.disabled).toBe(true);
    expect(radio.closest('label')?.textContent).toContain('Not available in this browser.');

    // A stored choice from another browser (a synced profile, an import) is not saved again.
    const stored = defaultEngineSettings();
    stored.engine = 'chrome-ai';
    const again = fakeServices(stored, { promptApi, summarizer: 'absent' });
    render(null, root);
    await show(again);
    await click(q('button[type="submit"]'));
    expect(again.calls).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/not available in this browser/);
  });

  it('offers the AI digests’ language for an AI engine only, each language named in itself, and saves it', async () => {
    await show(fakeServices(defaultEngineSettings()));
    expect(root.querySelector('#output-language')).toBeNull();
    const recorder = fakeServices(storedWithKey());
    render(null, root);
    await show(recorder);
    const select = q<HTMLSelectElement>('#output-language');
    expect(select.value).toBe('article');
    expect([...select.options].map((o) => o.textContent)).toEqual(["The article's language", 'English', 'Deutsch', 'Français', 'Español', 'Italiano', 'Português', 'Nederlands', '日本語']);
    await act(async () => {
      select.value = 'es';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(q('button[type="submit"]'));
    expect(recorder.saved.at(-1)?.outputLanguage).toBe('es');
  });

  it("can choose Chrome's built-in AI where the browser has it", async () => {
    await show(fakeServices(defaultEngineSettings(), { promptApi: 'downloadable', summarizer: 'absent' }));
    expect(q<HTMLInputElement>('input[value="chrome-ai"]').disabled).toBe(false);
  });
});

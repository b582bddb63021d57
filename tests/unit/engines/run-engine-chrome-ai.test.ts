import { describe, expect, it } from 'vitest';
import { chromeAiFromGlobal, chromeAiStatus, downloadChromeAiModel } from '../../../lib/engines/chrome-ai-apis';
import { runEngine, type EngineProgress } from '../../../lib/engines/run-engine';
import { depsFor, makeArticle, settingsFor, validModelDigest } from './engine-fixtures';
import { fakeChromeAi } from './fake-chrome-ai';

const article = makeArticle();
const valid = JSON.stringify(validModelDigest());
const settings = settingsFor('chrome-ai', 'http://127.0.0.1:9', { idleTimeoutMs: 100 });

describe("runEngine with Chrome's built-in AI", () => {
  it('prompts with the schema as responseConstraint and the instructions as the system prompt', async () => {
    const fake = fakeChromeAi({ replies: [valid] });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine).toEqual({ name: 'chrome-ai', model: 'gemini-nano' });
    expect(digest.keyTakeaway.verified).toBe(true);
    const [prompt] = fake.prompts;
    expect(prompt?.system).toMatch(/untrusted web page content/);
    expect(prompt?.options?.responseConstraint).toMatchObject({ type: 'object', required: expect.arrayContaining(['summary']) });
    expect(prompt?.input.map((m) => m.role)).toEqual(['user']);
    expect(fake.destroyed).toBe(fake.created.length);
  });

  it('reports download progress while the model downloads', async () => {
    const fake = fakeChromeAi({ availability: 'downloadable', download: [0, 0.5, 1], replies: [valid] });
    const progress: EngineProgress[] = [];
    await runEngine(article, settings, depsFor({ chromeAi: fake.apis, onProgress: (p) => progress.push(p) }));
    expect(progress.filter((p) => p.stage === 'download')).toEqual([
      { stage: 'download', loaded: 0 },
      { stage: 'download', loaded: 0.5 },
      { stage: 'download', loaded: 1 },
    ]);
  });

  it('cuts off a reply past 2 MB and falls back, without a repair', async () => {
    const fake = fakeChromeAi({ replies: [{ text: `{"summary": "${'runaway '.repeat(320_000)}`, sliceSize: 4_096 }] });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/longer than 2 MB/);
    expect(fake.prompts).toHaveLength(1);
  });

  it('repairs once, then falls back', async () => {
    const fake = fakeChromeAi({ replies: ['{', '{"summary": ""}'] });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(fake.prompts).toHaveLength(2);
    expect(fake.prompts[1]?.input.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(digest.engine.note).toMatch(/^Chrome's built-in AI failed \(its reply was invalid twice/);
  });

  it('falls back when the on-device stream stalls', async () => {
    const fake = fakeChromeAi({ replies: [{ stall: '{"summary":' }] });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.note).toMatch(/the on-device model sent nothing/);
  });

  it('falls back when the model rejects the prompt', async () => {
    const fake = fakeChromeAi({ replies: [{ error: new DOMException('too long', 'QuotaExceededError') }] });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.note).toMatch(/QuotaExceededError/);
  });

  it('falls back, pointing to the settings page, when a download needs a user gesture', async () => {
    const fake = fakeChromeAi({ availability: 'downloadable', createError: new DOMException('gesture', 'NotAllowedError') });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.note).toMatch(/NotAllowedError.*download the model from the settings page/);
  });

  it('without the Prompt API: local digest, with the Summarizer summary when there is one', async () => {
    const none = await runEngine(article, settings, depsFor({ chromeAi: {} }));
    expect(none.engine.note).toMatch(/this browser has no built-in AI/);
    const fake = fakeChromeAi({ availability: 'unavailable', summarizer: { availability: 'available', summary: 'On-device summary.' } });
    const digest = await runEngine(article, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.name).toBe('local');
    expect(digest.summary).toBe('On-device summary.');
    expect(digest.engine.note).toMatch(/unavailable on this device.*The summary is by Chrome's Summarizer\.$/);
  });

  it('chunks by the session input quota', async () => {
    const long = makeArticle(Array.from({ length: 40 }, (_, i) => `Sentence ${i} ${'is long enough to matter. '.repeat(40)}`));
    const fake = fakeChromeAi({ inputQuota: 8_000, replies: Array.from({ length: 10 }, () => JSON.stringify(validModelDigest({ method: null, keyInsights: [] }))) });
    const digest = await runEngine(long, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.name).toBe('chrome-ai');
    expect(fake.prompts.length).toBeGreaterThan(2);
  });

  it('cancels', async () => {
    const fake = fakeChromeAi({ replies: [{ stall: '{' }] });
    const controller = new AbortController();
    const running = runEngine(article, settingsFor('chrome-ai', 'x', { idleTimeoutMs: 5_000 }), depsFor({ chromeAi: fake.apis, signal: controller.signal }));
    setTimeout(() => controller.abort(), 30);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe("Chrome's built-in AI in the card's language", () => {
  const outputs = (options: { expectedOutputs?: Array<{ languages?: string[] }> }) => options.expectedOutputs?.flatMap((o) => o.languages ?? []);
  const inputs = (options: { expectedInputs?: Array<{ languages?: string[] }> }) => options.expectedInputs?.flatMap((o) => o.languages ?? []);

  it('declares the chosen output language to the session, and the article’s as an input', async () => {
    const fake = fakeChromeAi({ replies: [valid] });
    const french = { ...article, lang: 'fr-FR' };
    const digest = await runEngine(french, { ...settings, outputLanguage: 'de' }, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.name).toBe('chrome-ai');
    expect(fake.created.map(outputs)).toEqual([['de'], ['de']]);
    expect(inputs(fake.created[1]!)).toEqual(['en', 'fr']);
    expect(fake.prompts[0]?.system).toContain('Write every text field in German (de)');
  });

  it('writes in the article’s language by default', async () => {
    const fake = fakeChromeAi({ replies: [valid] });
    await runEngine({ ...article, lang: 'es' }, settings, depsFor({ chromeAi: fake.apis }));
    expect(fake.created.map(outputs)).toEqual([['es'], ['es']]);
    expect(fake.prompts[0]?.system).toContain("Write in the article's language.");
  });

  it('an article in a language the model does not write: English, as before languages were declared', async () => {
    const fake = fakeChromeAi({ replies: [valid], writes: ['en', 'es', 'ja'] });
    const digest = await runEngine({ ...article, lang: 'it' }, settings, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.name).toBe('chrome-ai');
    expect(fake.asked.map(outputs)).toEqual([['it'], ['it'], ['en']]);
    expect(fake.created.map(outputs)).toEqual([['en'], ['en']]);
  });

  it('a chosen language the model does not write: the local digest, saying so, and no Summarizer in another language', async () => {
    const fake = fakeChromeAi({ replies: [valid], writes: ['en', 'es', 'ja'], summarizer: { availability: 'available', summary: 'English summary.' } });
    const digest = await runEngine(article, { ...settings, outputLanguage: 'de' }, depsFor({ chromeAi: fake.apis }));
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/^Chrome's built-in AI failed \(Chrome's built-in AI does not write German on this device\)/);
    expect(digest.summary).not.toBe('English summary.');
    expect(fake.created).toEqual([]);
  });

  it('asks the Summarizer for the chosen language', async () => {
    const fake = fakeChromeAi({ availability: 'unavailable', summarizer: { availability: 'available', summary: 'Resumen en el dispositivo.' } });
    const digest = await runEngine({ ...article, lang: 'en' }, { ...settings, outputLanguage: 'es' }, depsFor({ chromeAi: fake.apis }));
    expect(digest.summary).toBe('Resumen en el dispositivo.');
    expect(fake.summarizerCreated).toEqual([expect.objectContaining({ outputLanguage: 'es', expectedInputLanguages: ['en'] })]);
  });
});

describe('Chrome AI status and download, for the settings view', () => {
  it('detects the globals only when they look like the APIs', () => {
    const fake = fakeChromeAi();
    expect(chromeAiFromGlobal({ LanguageModel: fake.apis.LanguageModel }).LanguageModel).toBe(fake.apis.LanguageModel);
    expect(chromeAiFromGlobal({ LanguageModel: 'nope', Summarizer: {} })).toEqual({ LanguageModel: undefined, Summarizer: undefined });
    expect(chromeAiFromGlobal({})).toEqual({ LanguageModel: undefined, Summarizer: undefined });
  });

  it('reports each API, absent ones as absent', async () => {
    const fake = fakeChromeAi({ availability: 'downloadable' });
    expect(await chromeAiStatus(fake.apis)).toEqual({ promptApi: 'downloadable', summarizer: 'absent' });
  });

  it('downloads with progress and reports the new state', async () => {
    const fake = fakeChromeAi({ availability: 'downloadable', download: [0.25, 1] });
    const seen: number[] = [];
    expect(await downloadChromeAiModel(fake.apis, (loaded) => seen.push(loaded))).toBe('available');
    expect(seen).toEqual([0.25, 1]);
  });
});

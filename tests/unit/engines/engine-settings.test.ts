import { describe, expect, it } from 'vitest';
import { createSettingsServices } from '../../../components/settings/create-settings-services';
import { describeProgress } from '../../../components/format/describe-progress';
import { defaultEngineSettings, ENGINE_SETTINGS_STORAGE_KEY, parseEngineSettings } from '../../../lib/engines/engine-settings';
import type { EngineProgress } from '../../../lib/engines/run-engine';
import { z } from 'zod/mini';
import { ModelDigestSchema, modelDigestJsonSchema } from '../../../lib/engines/model-digest-schema';
import { originPatternFor } from '../../../lib/engines/origin-permission';
import { retryAfterMs } from '../../../lib/engines/post-streaming';
import { createSseParser, type SseEvent } from '../../../lib/engines/read-sse';
import { maskApiKey, redactSettings, scrubSecret } from '../../../lib/engines/redact-settings';

describe('engine settings', () => {
  it('default to the local engine with no keys', () => {
    const settings = defaultEngineSettings();
    expect(settings.engine).toBe('local');
    expect(settings.openaiCompatible.apiKey).toBe('');
    expect(settings.anthropic.apiKey).toBe('');
  });

  it.each([undefined, null, 'garbage', { version: 99 }, { version: 1, engine: 'skynet' }])('read %j as the defaults', (stored) => {
    expect(parseEngineSettings(stored)).toEqual(defaultEngineSettings());
  });

  it('fill missing fields from the defaults', () => {
    const settings = parseEngineSettings({ version: 1, engine: 'anthropic', anthropic: { baseUrl: 'https://api.anthropic.com', model: 'm' } });
    expect(settings.engine).toBe('anthropic');
    expect(settings.anthropic).toEqual({ baseUrl: 'https://api.anthropic.com', model: 'm', apiKey: '', keyOrigin: '', contextTokens: 16_000 });
    expect(settings.openaiCompatible).toEqual(defaultEngineSettings().openaiCompatible);
  });

  it('write AI digests in the article’s language unless told otherwise; a language this version lacks reads as that, the rest kept', () => {
    expect(defaultEngineSettings().outputLanguage).toBe('article');
    expect(parseEngineSettings({ version: 2, engine: 'anthropic', outputLanguage: 'de' }).outputLanguage).toBe('de');
    const unknown = parseEngineSettings({ version: 2, engine: 'anthropic', outputLanguage: 'tlh' });
    expect(unknown).toMatchObject({ engine: 'anthropic', outputLanguage: 'article' });
  });
});

describe('redactSettings', () => {
  it('empties every key and leaves the rest', () => {
    const settings = defaultEngineSettings();
    settings.openaiCompatible.apiKey = 'sk-live-abcdef123456';
    settings.anthropic.apiKey = 'sk-ant-abcdef123456';
    const redacted = redactSettings(settings);
    expect(JSON.stringify(redacted)).not.toMatch(/sk-/);
    expect(redacted.openaiCompatible.baseUrl).toBe(settings.openaiCompatible.baseUrl);
    expect(parseEngineSettings(redacted)).toEqual(redacted);
    expect(settings.openaiCompatible.apiKey).toBe('sk-live-abcdef123456');
  });

  it.each([
    ['', ''],
    ['short', '••••••••'],
    ['sk-live-abcdef123456', '••••••••3456'],
  ])('masks %j as %j', (key, masked) => {
    expect(maskApiKey(key)).toBe(masked);
  });

  it('scrubs an echoed key from server text', () => {
    expect(scrubSecret('bad key sk-1 given, sk-1 again', 'sk-1')).toBe('bad key [key] given, [key] again');
    expect(scrubSecret('nothing', '')).toBe('nothing');
  });
});

describe('originPatternFor', () => {
  it.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/*', false],
    ['https://openrouter.ai/api/v1/', 'https://openrouter.ai/*', false],
    ['http://localhost:11434/v1', 'http://localhost/*', false],
    ['http://127.0.0.1:1234/v1', 'http://127.0.0.1/*', false],
    ['http://192.168.1.20:11434/v1', 'http://192.168.1.20/*', true],
    [' https://api.anthropic.com ', 'https://api.anthropic.com/*', false],
  ])('%s → %s', (baseUrl, pattern, insecure) => {
    expect(originPatternFor(baseUrl)).toMatchObject({ ok: true, pattern, insecure });
  });

  it.each(['', 'api.openai.com', 'ftp://example.org', 'javascript:alert(1)'])('rejects %j with a message', (baseUrl) => {
    const result = originPatternFor(baseUrl);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('retryAfterMs', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it.each([
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after-ms': '250', 'retry-after': '3' }, 250],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }, 10_000],
    [{ 'retry-after': 'soon' }, 2000],
    [{}, 2000],
  ])('%j → %d ms', (headers, ms) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(ms);
  });
});

describe('createSseParser', () => {
  it('reassembles events split across slices, with event names and multi-line data', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    for (const slice of ['event: a\nda', 'ta: 1\n\n: comment\n\ndata: x\r\ndata: y\r\n\r\n', 'data: last']) parser.push(slice);
    parser.end();
    expect(events).toEqual([
      { event: 'a', data: '1' },
      { event: 'message', data: 'x\ny' },
      { event: 'message', data: 'last' },
    ]);
  });
});

describe('modelDigestJsonSchema', () => {
  it('is exactly what zod derives from ModelDigestSchema (less $schema)', () => {
    const { $schema: _dialect, ...derived } = z.toJSONSchema(ModelDigestSchema);
    expect(modelDigestJsonSchema()).toEqual(derived);
  });

  it('is strict-mode friendly: every property required, no extra properties, no $schema', () => {
    const schema = modelDigestJsonSchema() as { properties: object; required: string[]; $schema?: string };
    expect(schema.$schema).toBeUndefined();
    expect(new Set(schema.required)).toEqual(new Set(Object.keys(schema.properties)));
    expect(JSON.stringify(schema)).not.toMatch(/"verified"|"engine"|"createdAt"/);
  });
});

describe('createSettingsServices', () => {
  it('stores under engineSettings, reads back parsed, asks for exactly the origin given', async () => {
    const store = new Map<string, unknown>();
    const asked: string[][] = [];
    const services = createSettingsServices({
      storage: {
        get: async (key) => (store.has(key) ? { [key]: store.get(key) } : {}),
        set: async (items) => void Object.entries(items).forEach(([k, v]) => store.set(k, v)),
      },
      requestOrigins: async (origins) => (asked.push(origins), true),
      fetch,
      chromeAi: {},
    });
    expect(await services.load()).toEqual(defaultEngineSettings());
    const settings = { ...defaultEngineSettings(), engine: 'anthropic' as const };
    await services.save(settings);
    expect(store.get(ENGINE_SETTINGS_STORAGE_KEY)).toEqual(settings);
    expect(await services.load()).toEqual(settings);
    expect(await services.requestHostPermission('https://api.anthropic.com/*')).toBe(true);
    expect(asked).toEqual([['https://api.anthropic.com/*']]);
    expect(await services.chromeAiStatus()).toEqual({ promptApi: 'absent', summarizer: 'absent' });
  });
});

describe('describeProgress', () => {
  it.each<[EngineProgress, string]>([
    [{ stage: 'download', loaded: 0.423 }, 'Downloading the on-device model: 42%'],
    [{ stage: 'request', part: 1, parts: 1 }, 'Asking the model…'],
    [{ stage: 'streaming', part: 2, parts: 3, chars: 1204 }, 'The model is writing (part 2 of 3): 1,204 characters'],
    [{ stage: 'repair', part: 1, parts: 1 }, 'The reply was not valid; asking the model once more…'],
    [{ stage: 'merge', parts: 3 }, 'Merging the digests of 3 parts…'],
    [{ stage: 'fallback', reason: 'x' }, 'The AI engine failed; making the local digest…'],
  ])('%j → %s', (progress, text) => {
    expect(describeProgress(progress)).toBe(text);
  });
});

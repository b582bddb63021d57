// The API key stays where it was entered: never in a card, a note or an export (scrubbed before
// any cut, on every path), sent only to the origin it was entered for, never over plain http
// except to this machine, never carried across origins by a redirect. And a reply has a size.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEngineSettings, type EngineSettings } from '../../../lib/engines/engine-settings';
import { runEngine } from '../../../lib/engines/run-engine';
import { testConnection } from '../../../lib/engines/test-connection';
import { startFakeAiServer, type FakeAiServer } from '../../helpers/fake-ai-server';
import { depsFor, makeArticle, settingsFor, validModelDigest } from './engine-fixtures';

let server: FakeAiServer;
let elsewhere: FakeAiServer;
beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startFakeAiServer(), startFakeAiServer()]);
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));
beforeEach(() => {
  server.reset();
  elsewhere.reset();
});

const article = makeArticle();
const ENGINES = ['openai-compatible', 'anthropic'] as const;
const keyOf = (settings: EngineSettings, engine: (typeof ENGINES)[number]) => (engine === 'anthropic' ? settings.anthropic : settings.openaiCompatible).apiKey;

/** No six characters in a row of the key anywhere in `value`: not the key, not half of it. */
function expectNoPartOfKey(value: unknown, key: string) {
  const text = JSON.stringify(value);
  const leaks = Array.from({ length: key.length - 5 }, (_, i) => key.slice(i, i + 6)).filter((part) => text.includes(part));
  expect(leaks).toEqual([]);
}

describe('the key is scrubbed before anything is cut, on every path', () => {
  it.each(ENGINES)('%s: an error event inside a 200 reply', async (engine) => {
    const settings = settingsFor(engine, server.origin);
    server.script({ type: 'stream-error', message: `Incorrect API key provided: ${keyOf(settings, engine)}. You can find your key at …` });
    const digest = await runEngine(article, settings, depsFor());
    expect(digest.engine.note).toMatch(/the server reported/);
    expectNoPartOfKey(digest, keyOf(settings, engine));
  });

  it.each(ENGINES)('%s: an error body that echoes the key across the 200-character cut', async (engine) => {
    const settings = settingsFor(engine, server.origin);
    server.script({ type: 'status', status: 401, body: JSON.stringify({ error: { message: `${'x'.repeat(190)} ${keyOf(settings, engine)} is not valid` } }) });
    const digest = await runEngine(article, settings, depsFor());
    expect(digest.engine.note).toMatch(/HTTP 401/);
    expectNoPartOfKey(digest, keyOf(settings, engine));
  });

  it.each(ENGINES)('%s: a reply that echoes the key into the digest', async (engine) => {
    const settings = settingsFor(engine, server.origin);
    const echoed = validModelDigest({ summary: `Your key is ${keyOf(settings, engine)}. Vertical integration trades fixed costs for speed.` });
    server.script({ type: 'content', text: JSON.stringify(echoed) });
    const digest = await runEngine(article, settings, depsFor());
    expect(digest.engine.name).toBe(engine);
    expectNoPartOfKey(digest, keyOf(settings, engine));
  });

  it('test connection: an error event never shows the key', async () => {
    const settings = settingsFor('anthropic', server.origin);
    server.script({ type: 'stream-error', message: `bad key ${settings.anthropic.apiKey}` });
    const result = await testConnection(settings, { fetch, now: () => new Date() });
    expect(result.ok).toBe(false);
    expectNoPartOfKey(result, settings.anthropic.apiKey);
  });
});

describe('a key belongs to the origin it was entered for', () => {
  it('openai-compatible: a key entered for another origin is not sent', async () => {
    const settings = settingsFor('openai-compatible', server.origin);
    settings.openaiCompatible.keyOrigin = 'https://api.openai.com';
    server.script({ type: 'content', text: JSON.stringify(validModelDigest()) });
    const digest = await runEngine(article, settings, depsFor());
    expect(digest.engine.name).toBe('openai-compatible');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('anthropic: no key for this origin means no request, and a note that says so', async () => {
    const settings = settingsFor('anthropic', server.origin);
    settings.anthropic.keyOrigin = 'https://api.anthropic.com';
    const digest = await runEngine(article, settings, depsFor());
    expect(server.requests).toEqual([]);
    expect(digest.engine.note).toMatch(/entered for https:\/\/api\.anthropic\.com; enter it again for http:\/\/127\.0\.0\.1/);
  });

  it.each(ENGINES)('%s: never over plain http to another machine', async (engine) => {
    const sent: Array<{ url: string; headers: Record<string, string> }> = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      sent.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
      return new Response('{}', { status: 500 });
    };
    const settings = settingsFor(engine, 'http://192.168.1.20:8080');
    await runEngine(article, settings, depsFor({ fetch: recordingFetch }));
    const key = keyOf(settings, engine);
    expect(sent.filter((request) => JSON.stringify(request.headers).includes(key))).toEqual([]);
  });

  it('settings saved by version 1 bind each stored key to the origin of its base URL', () => {
    const settings = parseEngineSettings({
      version: 1,
      engine: 'openai-compatible',
      openaiCompatible: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-live-abcdef123456' },
      anthropic: { baseUrl: 'https://api.anthropic.com', model: 'claude', apiKey: '' },
    });
    expect(settings.openaiCompatible).toMatchObject({ apiKey: 'sk-live-abcdef123456', keyOrigin: 'https://api.openai.com' });
    expect(settings.anthropic.keyOrigin).toBe('');
  });
});

describe('no credentials across origins on a redirect', () => {
  it.each(ENGINES)('%s: a redirect to another origin is not followed with the key', async (engine) => {
    const target = `${elsewhere.origin}${engine === 'anthropic' ? '/v1/messages' : '/v1/chat/completions'}`;
    server.script({ type: 'status', status: 307, headers: { location: target }, body: '' });
    elsewhere.script({ type: 'content', text: JSON.stringify(validModelDigest()) });
    const settings = settingsFor(engine, server.origin);
    const digest = await runEngine(article, settings, depsFor());
    const key = keyOf(settings, engine);
    expect(elsewhere.requests.filter((request) => JSON.stringify(request.headers).includes(key))).toEqual([]);
    expect(digest.engine.note).toMatch(/redirect/);
  });
});

describe('a reply has a size', () => {
  it.each(ENGINES)('%s: a stream past the limit is cut off and the local digest shown', async (engine) => {
    const endless = `{"summary": "${'very long '.repeat(300_000)}`;
    server.script({ type: 'content', text: endless, sliceSize: 65_536 });
    const digest = await runEngine(article, settingsFor(engine, server.origin), depsFor());
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/longer than 2 MB/);
    expect(server.requests).toHaveLength(1);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConnection } from '../../../lib/engines/test-connection';
import { startFakeAiServer, type FakeAiServer } from '../../helpers/fake-ai-server';
import { settingsFor } from './engine-fixtures';
import { fakeChromeAi } from './fake-chrome-ai';

let server: FakeAiServer;
beforeAll(async () => {
  server = await startFakeAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const deps = { fetch, now: () => new Date() };

describe('testConnection', () => {
  it.each(['openai-compatible', 'anthropic'] as const)('%s: connected, with the model name, and no article sent', async (engine) => {
    server.script({ type: 'content', text: '{"ok": true}' });
    const result = await testConnection(settingsFor(engine, server.origin), deps);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^Connected: fake-(gpt|claude) answered in \d+ ms\.$/);
    expect(JSON.stringify(server.requests[0]?.body)).not.toMatch(/article_data/);
  });

  it('warns when the model answers without the JSON asked for', async () => {
    server.script({ type: 'content', text: 'pong' });
    const result = await testConnection(settingsFor('openai-compatible', server.origin), deps);
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/not with the JSON/) });
  });

  it('says what failed, without the key', async () => {
    server.script({ type: 'status', status: 401, body: 'bad key sk-test-secret-123456' });
    const result = await testConnection(settingsFor('openai-compatible', server.origin), deps);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('HTTP 401: bad key [key]');
  });

  it('reports an unusable base URL before sending anything', async () => {
    const settings = settingsFor('openai-compatible', server.origin);
    settings.openaiCompatible.baseUrl = 'localhost:11434';
    const result = await testConnection(settings, deps);
    expect(result.ok).toBe(false);
    expect(server.requests).toHaveLength(0);
  });

  it("reports Chrome's built-in AI state", async () => {
    const downloadable = await testConnection(settingsFor('chrome-ai', ''), { ...deps, chromeAi: fakeChromeAi({ availability: 'downloadable' }).apis });
    expect(downloadable).toEqual({ ok: false, message: "Chrome's built-in AI is downloadable." });
    const ready = await testConnection(settingsFor('chrome-ai', ''), { ...deps, chromeAi: fakeChromeAi({ replies: ['{"ok":true}'] }).apis });
    expect(ready.message).toMatch(/^Connected: gemini-nano/);
  });
});

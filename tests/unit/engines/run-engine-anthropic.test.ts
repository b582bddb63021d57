import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DigestSchema } from '../../../lib/digest/digest-schema';
import { ANTHROPIC_VERSION } from '../../../lib/engines/anthropic-client';
import { runEngine } from '../../../lib/engines/run-engine';
import { startFakeAiServer, type FakeAiServer } from '../../helpers/fake-ai-server';
import { depsFor, makeArticle, settingsFor, validModelDigest } from './engine-fixtures';

let server: FakeAiServer;
beforeAll(async () => {
  server = await startFakeAiServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
});

const article = makeArticle();
const valid = JSON.stringify(validModelDigest());

describe('runEngine with Anthropic Messages', () => {
  it('forces the digest tool and reads its streamed input as the digest', async () => {
    server.script({ type: 'content', text: valid });
    const digest = await runEngine(article, settingsFor('anthropic', server.origin), depsFor());
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(digest.engine).toEqual({ name: 'anthropic', model: 'fake-claude' });
    expect(digest.method).toMatchObject({ verified: true });
    const [request] = server.requests;
    expect(request?.path).toBe('/v1/messages');
    expect(request?.body.tool_choice).toEqual({ type: 'tool', name: 'record_digest' });
    expect(request?.body.tools?.[0]?.input_schema).toMatchObject({ type: 'object' });
    expect(request?.body.max_tokens).toBeGreaterThan(0);
  });

  it('sends the browser headers: key, version, direct browser access', async () => {
    server.script({ type: 'content', text: valid });
    await runEngine(article, settingsFor('anthropic', server.origin), depsFor());
    const headers = server.requests[0]?.headers;
    expect(headers?.['x-api-key']).toBe('sk-ant-secret-123456');
    expect(headers?.['anthropic-version']).toBe(ANTHROPIC_VERSION);
    expect(headers?.['anthropic-dangerous-direct-browser-access']).toBe('true');
    expect(headers?.authorization).toBeUndefined();
  });

  it('keeps instructions in the system field, the article only in the user turn', async () => {
    server.script({ type: 'content', text: valid });
    await runEngine(article, settingsFor('anthropic', server.origin), depsFor());
    const body = server.requests[0]?.body;
    expect(body?.system).toMatch(/untrusted web page content/);
    expect(body?.messages?.map((m) => m.role)).toEqual(['user']);
  });

  it('asks for the card in the output language the settings choose', async () => {
    server.script({ type: 'content', text: valid });
    await runEngine(article, settingsFor('anthropic', server.origin, { outputLanguage: 'fr' }), depsFor());
    expect(server.requests[0]?.body?.system).toContain('Write every text field in French (fr)');
  });

  it('accepts a base URL that already ends in /v1', async () => {
    server.script({ type: 'content', text: valid });
    const settings = settingsFor('anthropic', server.origin);
    settings.anthropic.baseUrl = `${server.origin}/v1/`;
    const digest = await runEngine(article, settings, depsFor());
    expect(digest.engine.name).toBe('anthropic');
  });

  it('repairs once, then falls back with a note', async () => {
    server.script({ type: 'content', text: '{"summary": 3}' }, { type: 'content', text: '[]' });
    const digest = await runEngine(article, settingsFor('anthropic', server.origin), depsFor());
    expect(server.requests).toHaveLength(2);
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/^Anthropic failed \(its reply was invalid twice/);
  });

  it('honours retry-after on 429 and falls back on 529 overloaded', async () => {
    server.script({ type: 'status', status: 429, headers: { 'retry-after': '1' } }, { type: 'status', status: 529 });
    const deps = depsFor();
    const digest = await runEngine(article, settingsFor('anthropic', server.origin), deps);
    expect(deps.sleeps).toEqual([1000]);
    expect(digest.engine.note).toMatch(/HTTP 529/);
  });

  it('falls back on a stalled stream', async () => {
    server.script({ type: 'stall', text: '{"summary":' });
    const digest = await runEngine(article, settingsFor('anthropic', server.origin, { idleTimeoutMs: 150 }), depsFor());
    expect(digest.engine.note).toMatch(/no data for/);
  });

  it('refuses to call without a key', async () => {
    const settings = settingsFor('anthropic', server.origin);
    settings.anthropic.apiKey = '';
    const digest = await runEngine(article, settings, depsFor());
    expect(server.requests).toHaveLength(0);
    expect(digest.engine.note).toMatch(/no API key is set/);
  });
});

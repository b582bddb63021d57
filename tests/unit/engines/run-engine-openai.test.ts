import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DigestSchema } from '../../../lib/digest/digest-schema';
import { runEngine, type EngineProgress } from '../../../lib/engines/run-engine';
import { startFakeAiServer, type FakeAiServer } from '../../helpers/fake-ai-server';
import { depsFor, FIXED_NOW, makeArticle, settingsFor, validModelDigest } from './engine-fixtures';

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

describe('runEngine with an OpenAI-compatible endpoint', () => {
  it('returns the model digest, schema-valid, quotes verified in the article spelling', async () => {
    server.script({ type: 'content', text: valid });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(digest.engine).toEqual({ name: 'openai-compatible', model: 'fake-gpt' });
    expect(digest.createdAt).toBe(FIXED_NOW.toISOString());
    expect(digest.keyInsights[0]).toEqual({
      text: 'Owning the stack speeds you up.',
      quote: 'Companies that control “the whole stack” can move faster — but they carry more fixed costs.',
      verified: true,
    });
    expect(digest.principles[0]).toEqual({ text: 'Own what constrains you.' });
  });

  it('asks for structured output with the digest JSON schema, key as a bearer token', async () => {
    server.script({ type: 'content', text: valid });
    await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    const [request] = server.requests;
    expect(request?.headers.authorization).toBe('Bearer sk-test-secret-123456');
    expect(request?.body.stream).toBe(true);
    expect(request?.body.response_format?.type).toBe('json_schema');
    expect(request?.body.response_format?.json_schema?.strict).toBe(true);
    expect(request?.body.response_format?.json_schema?.schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['summary', 'keyTakeaway', 'audience']),
      additionalProperties: false,
    });
    expect(request?.body.messages?.[0]?.role).toBe('system');
  });

  it('tells the model the output language the settings choose: the article’s by default, else the one chosen', async () => {
    server.script({ type: 'content', text: valid }, { type: 'content', text: valid });
    await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    await runEngine(article, settingsFor('openai-compatible', server.origin, { outputLanguage: 'de' }), depsFor());
    const [byDefault, german] = server.requests.map((request) => String(request.body.messages?.[0]?.content));
    expect(byDefault).toContain("Write in the article's language.");
    expect(byDefault).not.toContain('German');
    expect(german).toContain('Write every text field in German (de), whatever the article\'s language.');
    expect(german).toContain("Only the quotes stay in the article's own language");
  });

  it('calls fetch unbound, as browsers require of window.fetch', async () => {
    server.script({ type: 'content', text: valid });
    const strictFetch: typeof fetch = function (this: unknown, input, init) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return fetch(input, init);
    };
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor({ fetch: strictFetch }));
    expect(digest.engine.name).toBe('openai-compatible');
  });

  it('sends no authorization header when no key is set (Ollama, LM Studio)', async () => {
    server.script({ type: 'content', text: valid });
    const settings = settingsFor('openai-compatible', server.origin);
    settings.openaiCompatible.apiKey = '';
    const digest = await runEngine(article, settings, depsFor());
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(digest.engine.name).toBe('openai-compatible');
  });

  it('accepts a server that ignores stream: true and a reply in code fences', async () => {
    server.script({ type: 'unstreamed', text: `\`\`\`json\n${valid}\n\`\`\`` });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(digest.engine.name).toBe('openai-compatible');
  });

  it('asks again without response_format when the server refuses structured output', async () => {
    const refusal = { error: { message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model." } };
    server.script({ type: 'status', status: 400, body: JSON.stringify(refusal) }, { type: 'content', text: valid });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(digest.engine.name).toBe('openai-compatible');
    expect(server.requests[0]?.body.response_format).toBeDefined();
    expect(server.requests[1]?.body.response_format).toBeUndefined();
  });

  it('falls back on another 400 without asking again', async () => {
    server.script({ type: 'status', status: 400, body: '{"error":{"message":"model not found"}}' });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(server.requests).toHaveLength(1);
    expect(digest.engine.note).toMatch(/HTTP 400.*model not found/);
  });

  it('repairs invalid JSON once, telling the model what was wrong', async () => {
    server.script({ type: 'content', text: '{"summary": "oops",' }, { type: 'content', text: valid });
    const progress: EngineProgress[] = [];
    const digest = await runEngine(
      article,
      settingsFor('openai-compatible', server.origin),
      depsFor({ onProgress: (p) => progress.push(p) }),
    );
    expect(digest.engine.name).toBe('openai-compatible');
    expect(server.requests).toHaveLength(2);
    const repairMessages = server.requests[1]?.body.messages ?? [];
    expect(repairMessages.at(-2)).toEqual({ role: 'assistant', content: '{"summary": "oops",' });
    expect(repairMessages.at(-1)?.content).toMatch(/not valid JSON/);
    expect(progress).toContainEqual({ stage: 'repair', part: 1, parts: 1 });
  });

  it('repairs missing fields once, naming them', async () => {
    const { audience: _a, keyTakeaway: _k, ...missing } = validModelDigest();
    server.script({ type: 'content', text: JSON.stringify(missing) }, { type: 'content', text: valid });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(digest.engine.name).toBe('openai-compatible');
    expect(server.requests[1]?.body.messages?.at(-1)?.content).toMatch(/keyTakeaway.*audience|audience.*keyTakeaway/);
  });

  it('treats an empty audience as invalid (the card requires one)', async () => {
    server.script({ type: 'content', text: JSON.stringify(validModelDigest({ audience: [] })) }, { type: 'content', text: valid });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(server.requests).toHaveLength(2);
    expect(digest.audience.length).toBeGreaterThan(0);
  });

  it('treats an empty summary as invalid', async () => {
    server.script({ type: 'content', text: JSON.stringify(validModelDigest({ summary: '  ' })) }, { type: 'content', text: valid });
    await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(server.requests[1]?.body.messages?.at(-1)?.content).toMatch(/summary: must not be empty/);
  });

  it('caps a runaway reply to a readable card', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ text: `Point ${i}.`, quote: null }));
    const topics = Array.from({ length: 30 }, (_, i) => `topic ${i}`);
    server.script({ type: 'content', text: JSON.stringify(validModelDigest({ keyInsights: many, inPractice: many, topics })) });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect([digest.keyInsights.length, digest.inPractice.length, digest.topics.length]).toEqual([8, 6, 10]);
  });

  it('falls back to the local engine with a visible note after one failed repair', async () => {
    server.script({ type: 'content', text: 'not json' }, { type: 'content', text: '{"still": "wrong"}' });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(server.requests).toHaveLength(2);
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/^The AI endpoint failed \(its reply was invalid twice: .*\); the local digest is shown instead\.$/);
    expect(DigestSchema.safeParse(digest).success).toBe(true);
  });

  it('drops an invented quote and marks its item unverified, with a note', async () => {
    const invented = validModelDigest({
      keyTakeaway: { text: 'Integration always wins.', quote: 'Integration always wins, every time, in every market.' },
    });
    server.script({ type: 'content', text: JSON.stringify(invented) });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(digest.keyTakeaway).toEqual({ text: 'Integration always wins.', verified: false });
    expect(digest.engine.note).toBe('1 quote from the model could not be found in the article and was removed.');
  });

  it('falls back on HTTP 500 without retrying', async () => {
    server.script({ type: 'status', status: 500 });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(server.requests).toHaveLength(1);
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toBe('The AI endpoint failed (HTTP 500: scripted 500); the local digest is shown instead.');
  });

  it('never puts the API key in a note, even when the server echoes it', async () => {
    server.script({ type: 'status', status: 401, body: 'Incorrect API key provided: sk-test-secret-123456' });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor());
    expect(digest.engine.note).toMatch(/HTTP 401/);
    expect(digest.engine.note).not.toContain('sk-test-secret-123456');
  });

  it('honours retry-after on 429, then succeeds', async () => {
    server.script({ type: 'status', status: 429, headers: { 'retry-after': '2' } }, { type: 'content', text: valid });
    const deps = depsFor();
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), deps);
    expect(deps.sleeps).toEqual([2000]);
    expect(digest.engine.name).toBe('openai-compatible');
  });

  it('prefers retry-after-ms, and gives up after two retries', async () => {
    const limited = { type: 'status' as const, status: 429, headers: { 'retry-after-ms': '150', 'retry-after': '1' } };
    server.script(limited, limited, limited);
    const deps = depsFor();
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), deps);
    expect(deps.sleeps).toEqual([150, 150]);
    expect(server.requests).toHaveLength(3);
    expect(digest.engine.note).toMatch(/rate limited/);
  });

  it('does not wait longer than maxRetryWaitMs: a long retry-after falls back at once', async () => {
    server.script({ type: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const deps = depsFor();
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), deps);
    expect(deps.sleeps).toEqual([]);
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/rate limited \(HTTP 429, retry after 3600 s\)/);
  });

  it('falls back when a stream stalls (idle timeout)', async () => {
    server.script({ type: 'stall' });
    const started = Date.now();
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin, { idleTimeoutMs: 200 }), depsFor());
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/no data for 200 ms/);
  });

  it('falls back when the server never answers', async () => {
    server.script({ type: 'hang' });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin, { idleTimeoutMs: 200 }), depsFor());
    expect(digest.engine.note).toMatch(/no data for/);
  });

  it('keeps a slow but steady stream (each slice within the idle timeout)', async () => {
    server.script({ type: 'content', text: valid, sliceSize: 200, delayMs: 40 });
    const progress: EngineProgress[] = [];
    const digest = await runEngine(
      article,
      settingsFor('openai-compatible', server.origin, { idleTimeoutMs: 1_000 }),
      depsFor({ onProgress: (p) => progress.push(p) }),
    );
    expect(digest.engine.name).toBe('openai-compatible');
    const streamed = progress.filter((p) => p.stage === 'streaming');
    expect(streamed.length).toBeGreaterThan(2);
  });

  it('falls back when the endpoint cannot be reached', async () => {
    const digest = await runEngine(article, settingsFor('openai-compatible', 'http://127.0.0.1:9'), depsFor());
    expect(digest.engine.note).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/);
  });

  it('falls back, naming the problem, when the endpoint is not configured', async () => {
    const settings = settingsFor('openai-compatible', server.origin);
    settings.openaiCompatible.model = '';
    const digest = await runEngine(article, settings, depsFor());
    expect(server.requests).toHaveLength(0);
    expect(digest.engine.note).toMatch(/no model is set/);
  });

  it('when the endpoint cannot be reached, says so if the host permission is missing', async () => {
    const asked: string[] = [];
    const digest = await runEngine(
      article,
      settingsFor('openai-compatible', 'http://127.0.0.1:9'),
      depsFor({ hasOriginPermission: async (pattern) => (asked.push(pattern), false) }),
    );
    expect(asked).toEqual(['http://127.0.0.1/*']);
    expect(digest.engine.note).toBe(
      'The AI endpoint failed (no permission to reach http://127.0.0.1:9; save the engine settings again to grant it); the local digest is shown instead.',
    );
  });

  it('does not need the grant when the server allows the request anyway (CORS)', async () => {
    server.script({ type: 'content', text: valid });
    const asked: string[] = [];
    const digest = await runEngine(
      article,
      settingsFor('openai-compatible', server.origin),
      depsFor({ hasOriginPermission: async (pattern) => (asked.push(pattern), false) }),
    );
    expect(digest.engine.name).toBe('openai-compatible');
    expect(asked).toEqual([]);
  });

  it('cancels: an abort mid-stream rejects with the abort reason and no fallback', async () => {
    server.script({ type: 'stall' });
    const controller = new AbortController();
    const progress: EngineProgress[] = [];
    const running = runEngine(
      article,
      settingsFor('openai-compatible', server.origin, { idleTimeoutMs: 5_000 }),
      depsFor({ signal: controller.signal, onProgress: (p) => progress.push(p) }),
    );
    setTimeout(() => controller.abort(), 50);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress.some((p) => p.stage === 'fallback')).toBe(false);
  });

  it('cancels during a retry-after wait', async () => {
    server.script({ type: 'status', status: 429, headers: { 'retry-after': '3' } });
    const controller = new AbortController();
    const running = runEngine(
      article,
      settingsFor('openai-compatible', server.origin),
      depsFor({ signal: controller.signal, sleep: undefined }),
    );
    setTimeout(() => controller.abort(), 50);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('the local engine runs without any request when engine is local', async () => {
    const digest = await runEngine(article, settingsFor('local', server.origin), depsFor());
    expect(digest.engine).toEqual({ name: 'local', version: 'test' });
    expect(server.requests).toHaveLength(0);
  });
});

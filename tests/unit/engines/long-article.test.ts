import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleBudgetChars, chunkArticle } from '../../../lib/engines/chunk-article';
import { runEngine, type EngineProgress } from '../../../lib/engines/run-engine';
import { startFakeAiServer, type FakeAiServer } from '../../helpers/fake-ai-server';
import { depsFor, makeArticle, settingsFor, validModelDigest } from './engine-fixtures';

let server: FakeAiServer;
beforeAll(async () => {
  server = await startFakeAiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** `count` distinct paragraphs of about 1,000 characters each. */
function paragraphs(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    `Paragraph ${i + 1} opens here. ${'The argument continues with more supporting detail. '.repeat(19)}It ends.`,
  );
}

const CONTEXT = 8_000; // budget 13,500 characters per request, at most 5 parts

describe('chunkArticle', () => {
  it('keeps an article that fits in one part', () => {
    const chunks = chunkArticle(makeArticle(paragraphs(3)), CONTEXT);
    expect(chunks.parts).toHaveLength(1);
    expect(chunks.trimmedNote).toBeUndefined();
  });

  it('cuts a long article at block boundaries, every part within budget, nothing lost', () => {
    const article = makeArticle(paragraphs(30));
    const chunks = chunkArticle(article, CONTEXT);
    expect(chunks.parts.length).toBe(3);
    for (const part of chunks.parts) expect(part.length).toBeLessThanOrEqual(articleBudgetChars(CONTEXT));
    expect(chunks.parts.join('\n\n')).toBe(article.text);
    expect(chunks.usedWords).toBe(chunks.totalWords);
  });

  it('trims what does not fit in the most parts, and says so', () => {
    const chunks = chunkArticle(makeArticle(paragraphs(100)), CONTEXT);
    expect(chunks.parts).toHaveLength(5);
    expect(chunks.trimmedNote).toMatch(/^Article too long for the model: the digest covers the first [\d,]+ of [\d,]+ words\.$/);
  });

  it('splits a single huge block at sentence ends', () => {
    const chunks = chunkArticle(makeArticle([paragraphs(20).join(' ')]), CONTEXT);
    expect(chunks.parts.length).toBeGreaterThan(1);
    for (const part of chunks.parts) expect(part).toMatch(/\.$/);
  });
});

describe('runEngine on a long article', () => {
  it('digests each part, then merges the parts, with progress', async () => {
    const article = makeArticle(paragraphs(30));
    const settings = settingsFor('openai-compatible', server.origin);
    settings.openaiCompatible.contextTokens = CONTEXT;
    const reply = validModelDigest({
      keyTakeaway: { text: 'It ends.', quote: 'It ends.' },
      keyInsights: [{ text: 'Paragraphs open.', quote: 'Paragraph 30 opens here.' }],
      method: null,
    });
    const valid = { type: 'content' as const, text: JSON.stringify(reply) };
    server.script(valid, valid, valid, valid);
    const progress: EngineProgress[] = [];
    const digest = await runEngine(article, settings, depsFor({ onProgress: (p) => progress.push(p) }));
    expect(digest.engine.name).toBe('openai-compatible');
    expect(digest.engine.note).toBeUndefined();
    expect(digest.keyTakeaway).toEqual({ text: 'It ends.', quote: 'It ends.', verified: true });
    expect(server.requests).toHaveLength(4);
    const users = server.requests.map((r) => r.body.messages?.find((m) => m.role === 'user')?.content ?? '');
    expect(users[0]).toMatch(/part: 1 of 3/);
    expect(users[2]).toMatch(/part 3 of 3/);
    expect(users[3]).toMatch(/Part 1 digest: \{.*\n\nPart 2 digest: .*\n\nPart 3 digest: /s);
    for (const text of users) expect(text.length).toBeLessThan(articleBudgetChars(CONTEXT) + 1_000);
    expect(progress.filter((p) => p.stage === 'request').map((p) => p.stage === 'request' && p.part)).toEqual([1, 2, 3, 4]);
    expect(progress).toContainEqual({ stage: 'merge', parts: 3 });
  });

  it('shows the trim note on the card when the article is longer than the parts allow', async () => {
    const settings = settingsFor('anthropic', server.origin);
    settings.anthropic.contextTokens = CONTEXT;
    const valid = { type: 'content' as const, text: JSON.stringify(validModelDigest()) };
    server.script(valid, valid, valid, valid, valid, valid);
    const digest = await runEngine(makeArticle(paragraphs(100)), settings, depsFor());
    expect(server.requests).toHaveLength(6);
    expect(digest.engine.note).toMatch(/^Article too long for the model: the digest covers the first/);
  });

  it('falls back when one part fails', async () => {
    const settings = settingsFor('openai-compatible', server.origin);
    settings.openaiCompatible.contextTokens = CONTEXT;
    server.script({ type: 'content', text: JSON.stringify(validModelDigest()) }, { type: 'status', status: 500 });
    const digest = await runEngine(makeArticle(paragraphs(30)), settings, depsFor());
    expect(server.requests).toHaveLength(2);
    expect(digest.engine.name).toBe('local');
  });
});

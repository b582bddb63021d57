// The AI path on a real extracted page (a fixture), with the real local engine as fallback.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/article';
import { digestArticle } from '../../../lib/digest/digest-article';
import { DigestSchema } from '../../../lib/digest/digest-schema';
import { parseHtml } from '../../../lib/dom/parse-html';
import { articleBudgetChars, chunkArticle } from '../../../lib/engines/chunk-article';
import { runEngine } from '../../../lib/engines/run-engine';
import { extractArticle } from '../../../lib/extract/extract-article';
import { startFakeAiServer, type FakeAiServer } from '../../helpers/fake-ai-server';
import { depsFor, FIXED_NOW, settingsFor, validModelDigest } from './engine-fixtures';

const FIXTURE = new URL('../../fixtures/stratechery--amazon-durability.html', import.meta.url);

let server: FakeAiServer;
let article: Article;
beforeAll(async () => {
  server = await startFakeAiServer();
  const url = 'https://stratechery.com/2024/amazon-durability/';
  const result = extractArticle(parseHtml(readFileSync(FIXTURE, 'utf8'), url), { url });
  if (!result.ok) throw new Error(`fixture did not extract: ${result.error.message}`);
  article = result.article;
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** A real sentence of the article, retyped the way a model would: straight quotes, plain hyphens. */
function retypedSentence(): { original: string; retyped: string } {
  const block = article.blocks.find((b) => b.type === 'paragraph' && /[’“”—–]/.test(b.text)) ?? article.blocks[2];
  const original = /[^.!?]+[.!?]/.exec(block?.text ?? '')?.[0].trim() ?? '';
  const retyped = original.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[—–]/g, '-');
  return { original, retyped };
}

describe('a real article through the AI path', () => {
  it('verifies a retyped quote and stores the article spelling', async () => {
    const { original, retyped } = retypedSentence();
    expect(original.length).toBeGreaterThan(20);
    const reply = validModelDigest({ keyTakeaway: { text: 'Amazon endures.', quote: retyped }, keyInsights: [], method: null });
    server.script({ type: 'content', text: JSON.stringify(reply) });
    const digest = await runEngine(article, settingsFor('openai-compatible', server.origin), depsFor({ local: digestArticle }));
    expect(digest.keyTakeaway).toEqual({ text: 'Amazon endures.', quote: original, verified: true });
  });

  it('falls back to the real local engine with a note, schema-valid', async () => {
    server.script({ type: 'status', status: 500 });
    const digest = await runEngine(article, settingsFor('anthropic', server.origin), depsFor({ local: digestArticle }));
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(digest.engine.name).toBe('local');
    expect(digest.engine.note).toMatch(/^Anthropic failed \(HTTP 500/);
    expect(digest.createdAt).toBe(FIXED_NOW.toISOString());
    expect(digest.summary.length).toBeGreaterThan(50);
  });

  it('cuts the real article into parts within a small context', () => {
    const context = 3_500 + Math.ceil(article.text.length / 6); // about half the article per part
    const chunks = chunkArticle(article, context);
    expect(chunks.parts.length).toBeGreaterThanOrEqual(2);
    for (const part of chunks.parts) expect(part.length).toBeLessThanOrEqual(articleBudgetChars(context));
    expect(chunks.usedWords).toBeGreaterThan(chunks.totalWords * 0.9);
  });
});

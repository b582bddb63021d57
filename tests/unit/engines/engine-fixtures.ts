// Shared test data for the engine tests: a small article, a model reply that quotes it
// verbatim, a stand-in local engine, and settings pointing at the fake server.
import type { Article } from '../../../lib/article';
import type { Digest } from '../../../lib/digest/digest-schema';
import { defaultEngineSettings, type EngineName, type EngineSettings } from '../../../lib/engines/engine-settings';
import type { ModelDigest } from '../../../lib/engines/model-digest-schema';
import type { RunEngineDeps } from '../../../lib/engines/run-engine';

export const PARAGRAPHS = [
  'Vertical integration means owning more of the value chain.',
  'Companies that control “the whole stack” can move faster — but they carry more fixed costs.',
  'Start by mapping which suppliers constrain your roadmap.',
  'Integration pays off when coordination costs exceed the margins a supplier takes.',
];

export function makeArticle(paragraphs: string[] = PARAGRAPHS, title = 'Why vertical integration wins'): Article {
  const text = paragraphs.join('\n\n');
  return {
    url: 'https://example.org/vertical-integration',
    title,
    byline: 'A. Writer',
    siteName: 'Example',
    publishedTime: '2026-01-02',
    lang: 'en',
    text,
    wordCount: text.split(/\s+/).length,
    coverage: { status: 'full' },
    blocks: paragraphs.map((p) => ({ type: 'paragraph' as const, text: p })),
  };
}

export function validModelDigest(overrides: Partial<ModelDigest> = {}): ModelDigest {
  return {
    summary: 'Vertical integration trades fixed costs for speed. It pays when coordination is costly.',
    keyTakeaway: {
      text: 'Integrate when coordination costs exceed supplier margins.',
      quote: 'Integration pays off when coordination costs exceed the margins a supplier takes.',
    },
    keyInsights: [
      // Straight quotes and a hyphen where the article has curly quotes and an em dash.
      { text: 'Owning the stack speeds you up.', quote: 'Companies that control "the whole stack" can move faster - but they carry more fixed costs.' },
    ],
    principles: [{ text: 'Own what constrains you.', quote: null }],
    method: { text: 'Map constraining suppliers first.', quote: 'Start by mapping which suppliers constrain your roadmap.' },
    inPractice: [{ text: 'List your suppliers.', quote: null }],
    topics: ['vertical integration', 'value chain'],
    audience: ['Strategy Lead', 'Founder'],
    ...overrides,
  };
}

export const FIXED_NOW = new Date('2026-02-03T04:05:06.000Z');

export function localDigest(article: Article, options: { now: Date }): Digest {
  return {
    schemaVersion: 1,
    summary: `Local summary of ${article.title}.`,
    keyTakeaway: { text: 'Local takeaway.' },
    keyInsights: [],
    principles: [],
    method: null,
    inPractice: [],
    topics: [],
    audience: ['General Reader'],
    engine: { name: 'local', version: 'test' },
    createdAt: options.now.toISOString(),
  };
}

export function settingsFor(engine: EngineName, origin: string, overrides: Partial<EngineSettings> = {}): EngineSettings {
  const base = defaultEngineSettings();
  return {
    ...base,
    engine,
    openaiCompatible: { baseUrl: `${origin}/v1`, model: 'fake-gpt', apiKey: 'sk-test-secret-123456', keyOrigin: origin, contextTokens: 16_000 },
    anthropic: { baseUrl: origin, model: 'fake-claude', apiKey: 'sk-ant-secret-123456', keyOrigin: origin, contextTokens: 16_000 },
    idleTimeoutMs: 2_000,
    maxRetryWaitMs: 5_000,
    ...overrides,
  };
}

export function depsFor(overrides: Partial<RunEngineDeps> = {}): RunEngineDeps & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    fetch,
    now: () => FIXED_NOW,
    local: localDigest,
    sleep: async (ms) => void sleeps.push(ms),
    sleeps,
    ...overrides,
  };
}

// Hostile content in every field that reaches the Markdown export: titles, bylines, site names,
// quotes, items, topics and page addresses carrying <script>, <img onerror>, javascript: URLs,
// Markdown and YAML control sequences, bidi overrides and zero-width characters. The export stays
// the card's shape, its front matter reads back as exactly the values given, and every link is http(s).
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/article';
import { digestArticle } from '../../../lib/digest/digest-article';
import type { Digest, Item } from '../../../lib/digest/digest-schema';
import { digestToMarkdown } from '../../../lib/markdown/digest-to-markdown';
import { ENGLISH_LABELS } from '../../helpers/english-labels';
import { bylineAuthors } from '../../../lib/markdown/front-matter';
import { obsidianTags } from '../../../lib/obsidian/obsidian-tag';
import { safeHttpUrl } from '../../../components/format/safe-http-url';
import { textFragmentUrl } from '../../../components/format/text-fragment-url';
import { HOSTILE_STRINGS } from '../fuzz/html-arbitraries';
import { assertWellFormedMarkdown, FIXED_NOW, fuzzSettings, runPipeline } from '../fuzz/run-pipeline';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https://example.com/a b)(<>"\'`',
  'https://example.com/[x](javascript:alert(1))',
  'http://example.com/\u202Eevil',
  '',
];

function article(text: string, overrides: Partial<Article> = {}): Article {
  const blocks = [{ type: 'paragraph' as const, text }];
  return {
    url: 'https://example.com/post',
    title: text,
    byline: text,
    siteName: text,
    publishedTime: text,
    lang: 'en',
    text,
    wordCount: 10,
    coverage: { status: 'partial', reason: text, visibleWords: 10, estimatedWords: 100 },
    blocks,
    ...overrides,
  };
}

function digest(text: string): Digest {
  const item: Item = { text: text || 'x', quote: text };
  return {
    schemaVersion: 1,
    summary: text,
    keyTakeaway: item,
    keyInsights: [item, item],
    principles: [item],
    method: item,
    inPractice: [item],
    topics: [text, `${text} topic`],
    audience: ['Developer'],
    engine: { name: 'local', version: '1' },
    createdAt: FIXED_NOW.toISOString(),
  };
}

function frontMatter(markdown: string): Record<string, unknown> {
  const lines = markdown.split('\n');
  return parseYaml(lines.slice(1, lines.indexOf('---', 1)).join('\n')) as Record<string, unknown>;
}

describe('hostile text in the Markdown export', () => {
  it.each(HOSTILE_STRINGS)('%j in every field keeps the card well-formed and reads back exactly', (payload) => {
    const a = article(payload);
    const d = digest(payload);
    const markdown = digestToMarkdown(a, d, ENGLISH_LABELS);
    assertWellFormedMarkdown(markdown, a, d);
    const front = frontMatter(markdown);
    // Blank values read back as null; the byline as its names; a page's date only when it is a date.
    const orNull = <T>(value: T[] | string) => (value.length ? value : null);
    expect(front).toMatchObject({ title: orNull(payload), author: orNull(bylineAuthors(payload)), site: orNull(payload), published: null, tags: orNull(obsidianTags(d.topics)) });
  });

  it.each(HOSTILE_URLS)('page address %j: a link only when it is http(s), and then percent-encoded', (url) => {
    const a = article('A sentence with a quote in it.', { url });
    const d = digest('A sentence with a quote in it.');
    const markdown = digestToMarkdown(a, d, ENGLISH_LABELS);
    assertWellFormedMarkdown(markdown, a, d);
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    for (const [, target] of body.matchAll(/(?:^|[^\\])\]\(([^)]*)\)/g)) expect(target).toMatch(/^https?:\/\/[^\s<>()]*$/);
    // The source is the page's address only when it is http(s).
    expect(frontMatter(markdown).source).toBe(/^https?:/.test(url) ? url : null);
  });

  it('any string in any field (fast-check, full Unicode): front matter reads back, body stays the card', () => {
    const field = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'grapheme', maxLength: 60 }));
    fc.assert(
      fc.property(field, field, field, fc.constantFrom(...HOSTILE_URLS, 'https://example.com/ok'), (title, byline, body, url) => {
        const a = article(body, { title, byline, url });
        const d = digest(body);
        const markdown = digestToMarkdown(a, d, ENGLISH_LABELS);
        assertWellFormedMarkdown(markdown, a, d);
        const authors = bylineAuthors(byline);
        expect(frontMatter(markdown)).toMatchObject({ title: title || null, author: authors.length ? authors : null });
      }),
      fuzzSettings(300),
    );
  });
});

describe('terminal control characters', () => {
  // The Markdown goes to terminals (the CLI's default output): ESC and the C0/C1 controls from a
  // page would recolour, retitle or rewrite the reader's terminal. Newlines are the card's own.
  const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
  const payloads = ['\u001b[2J\u001b]0;pwned\u0007title', 'c1 \u009b31mred\u009b0m \u0085next', 'del\u007f bell\u0007 nul\u0000 bs\u0008 vt\u000b ff\u000c'];

  it.each(payloads)('%j in every field: none reaches the Markdown, and the front matter still reads back', (payload) => {
    const a = article(`${payload} in a sentence.`);
    const d = digest(`${payload} in a sentence.`);
    const markdown = digestToMarkdown(a, d, ENGLISH_LABELS);
    expect(markdown).not.toMatch(CONTROLS);
    // The byline reads back as its names (a list, as Obsidian Web Clipper writes it), controls and all.
    expect(frontMatter(markdown)).toMatchObject({ title: a.title, author: bylineAuthors(a.byline) });
  });

  it('any string (fast-check, binary): no control character but the newlines between lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(digestToMarkdown(article(text), digest(text), ENGLISH_LABELS)).not.toMatch(CONTROLS);
      }),
      fuzzSettings(300),
    );
  });
});

describe('hostile pages through the whole pipeline', () => {
  const sentences = [
    'Teams that own their customer relationship compound trust over many years of steady work.',
    'The best way to learn the market is to ship small products and listen to every complaint.',
    'Companies should measure retention before they spend money on growth experiments.',
  ];
  it.each(HOSTILE_STRINGS)('a page whose title, byline and text carry %j', (payload) => {
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const html = `<!doctype html><html lang="en"><head><title>${escaped}</title><meta name="author" content="${escaped}">
      <link rel="canonical" href="javascript:alert(1)"></head><body><article><h1>${escaped}</h1><p class="byline">By ${escaped}</p>
      ${sentences.map((s) => `<p>${s} ${escaped} ${s}</p>`).join('')}<p><a href="javascript:alert(1)">${escaped}</a> ${payload}</p></article></body></html>`;
    const outcome = runPipeline(html, 'https://example.com/hostile');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const body = outcome.markdown.slice(outcome.markdown.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/(?:^|[^\\])\]\(\s*javascript:/i);
    // The digest is plain data: no field is ever markup, so a renderer that shows text shows text.
    expect(digestArticle(outcome.article, { now: FIXED_NOW })).toEqual(outcome.digest);
  });
});

describe('links on the card', () => {
  it.each(HOSTILE_URLS.filter((url) => !/^https?:/i.test(url.trim())))('%j never becomes a link', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
    expect(textFragmentUrl(url, 'a quote')).toBeNull();
  });

  it('an http(s) address with hostile characters stays one URL, its quote percent-encoded', () => {
    const href = textFragmentUrl('https://example.com/a b"<x>', 'quote with <script> and "marks"') ?? '';
    expect(href.startsWith('https://example.com/')).toBe(true);
    expect(href).not.toMatch(/[\s<>"]/);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../lib/article';
import { digestArticle } from '../../../lib/digest/digest-article';
import { digestToMarkdown } from '../../../lib/markdown/digest-to-markdown';
import { ENGLISH_LABELS } from '../../helpers/english-labels';
import { markdownLabels } from '../../../components/i18n/markdown-labels';
import { translatorFor } from '../../../scripts/i18n/locale-messages';
import { escapeMarkdown, yamlString } from '../../../lib/markdown/escape-markdown';
import { bylineAuthors, isoDay, localDay, pageSource } from '../../../lib/markdown/front-matter';
import { encodeFragmentTerm, linkableUrl, textFragmentLink } from '../../../lib/markdown/text-fragment-link';
import type { Digest } from '../../../lib/digest/digest-schema';
import { makeArticle } from '../digest/make-article';
import { GOLDEN_NOW } from './golden/golden-clock';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['**bold** and _it_ and `code`', '\\*\\*bold\\*\\* and \\_it\\_ and \\`code\\`'],
    ['AT&amp;T', 'AT\\&amp;T'],
    ['see https://evil.example and www.evil.example', 'see https:\\/\\/evil.example and www\\.evil.example'],
    ['two\n\nlines', 'two lines'],
  ])('%j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});

describe('yamlString', () => {
  it.each([
    ['simple', '"simple"'],
    ['a "quote" and \\ backslash', '"a \\"quote\\" and \\\\ backslash"'],
    ['line\n---\nbreak', '"line\\n---\\nbreak"'],
    ['sep\u2028here', '"sep\\u2028here"'],
    [null, 'null'],
  ])('%j', (input, expected) => expect(yamlString(input)).toBe(expected));
});

describe('text fragment links', () => {
  it.each([
    ['a-b, c&d', 'a%2Db%2C%20c%26d'],
    ["it's (so)", 'it%27s%20%28so%29'],
    ['Amazon’s', 'Amazon%E2%80%99s'],
  ])('encodeFragmentTerm(%j)', (term, expected) => expect(encodeFragmentTerm(term)).toBe(expected));

  it.each([
    ['https://example.com/a#old', 'https://example.com/a'],
    ['https://example.com/a (b)', 'https://example.com/a%20%28b%29'],
    ['javascript:alert(1)', null],
    ['', null],
  ])('linkableUrl(%j)', (url, expected) => expect(linkableUrl(url)).toBe(expected));

  it('links a short quote whole and a long one by its ends', () => {
    expect(textFragmentLink('https://e.com/p', 'Short quote here.')).toBe('https://e.com/p#:~:text=Short%20quote%20here.');
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(textFragmentLink('https://e.com/p', long)).toBe('https://e.com/p#:~:text=one%20two%20three%20four%20five,ten%20eleven%20twelve%20thirteen%20fourteen');
  });
});

describe('digestToMarkdown', () => {
  it('keeps hostile page text from breaking the front matter or injecting links and HTML', () => {
    const article = makeArticle(['Some body text that is long enough to be a sentence here.'], {
      title: 'Title"\n---\ninjected: true <script>alert(1)</script> [x](javascript:1)',
      byline: 'Eve\nsite: evil',
    });
    const digest: Digest = {
      schemaVersion: 1,
      summary: '<b>bold</b> [link](https://evil.example)',
      keyTakeaway: { text: '![img](https://evil.example/x.png)', quote: 'Some body text' },
      keyInsights: [],
      principles: [],
      method: null,
      inPractice: [],
      topics: ['a"b', '---'],
      audience: ['General Reader'],
      engine: { name: 'local' },
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const md = digestToMarkdown(article, digest, ENGLISH_LABELS);
    const [frontMatter = '', ...rest] = md.split('\n---\n');
    const body = rest.join('\n---\n');
    expect(frontMatter.split('\n').filter((l) => /^injected:|^site: evil/.test(l))).toEqual([]);
    // Only escaped forms may remain: no raw tag, no "](" that a renderer would take for a link.
    expect(body).not.toMatch(/(?<!\\)<(script|b)>|(?<!\\)\]\((javascript|https:\/\/evil)/);
    // Topics become tags Obsidian accepts: "a\"b" → "a-b"; "---" leaves nothing, so no tag.
    expect(md).toContain('tags:\n  - "a-b"\nsite:');
  });

  it('orders the sections as the card does and leaves out empty ones', () => {
    const article = makeArticle([
      'Cloud providers are racing to build their own chips for artificial intelligence.',
      'Consider custom silicon when the workload is large and predictable enough.',
      'Commodity markets reward structural cost advantages above all else.',
    ]);
    const md = digestToMarkdown(article, digestArticle(article, { now: GOLDEN_NOW }), ENGLISH_LABELS);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    const order = ['## Summary', '## Key takeaway', '## Key insights', '## Principles', '## Method', '## In practice', '## Topics', '## Best for'];
    expect(headings).toEqual(order.filter((h) => headings.includes(h)));
    expect(headings).toEqual(expect.arrayContaining(['## Summary', '## Key takeaway', '## Topics', '## Best for']));
    expect(md).toContain('created: 2026-11-21\n');
    expect(md.split('\n').find((line) => line.startsWith('*Digest of'))).toMatch(/^\*Digest of \[A test article\]\(https:\/\/example\.com\/post\)/);
  });

  it('links each point to its sentence with a numbered footnote, and quotes the sentence only when the point says it otherwise', () => {
    const article = makeArticle(['Commodity markets reward structural cost advantages above all else.']);
    const digest: Digest = {
      ...digestArticle(article, { now: GOLDEN_NOW }),
      keyTakeaway: { text: 'Commodity markets reward structural cost advantages above all else.', quote: 'Commodity markets reward structural cost advantages above all else.' },
      keyInsights: [{ text: 'Cost wins in commodities.', quote: 'Commodity markets reward structural cost advantages above all else.' }, { text: 'A point with no quote.' }],
      principles: [],
      method: null,
      inPractice: [],
    };
    const md = digestToMarkdown(article, digest, ENGLISH_LABELS);
    const link = 'https://example.com/post#:~:text=Commodity%20markets%20reward%20structural%20cost%20advantages%20above%20all%20else.';
    expect(md).toContain('\nCommodity markets reward structural cost advantages above all else.[^1]\n');
    expect(md).toContain('\n- Cost wins in commodities.[^2]\n- A point with no quote.\n');
    expect(md.trimEnd().split('\n').slice(-2)).toEqual([`[^1]: [source](${link})`, `[^2]: “Commodity markets reward structural cost advantages above all else.” [source](${link})`]);
  });
});

describe('digestToMarkdown in the reader’s language', () => {
  const article = makeArticle(['Commodity markets reward structural cost advantages above all else.'], { byline: 'Ann Lee', siteName: 'Example', publishedTime: '2026-11-17' });
  const digest: Digest = {
    ...digestArticle(article, { now: GOLDEN_NOW }),
    keyTakeaway: { text: 'Cost wins.', quote: 'Commodity markets reward structural cost advantages above all else.' },
    audience: ['Investor', 'General Reader'],
  };

  it.each([
    ['de', '## Kernaussage', 'Investoren, Alle Interessierten', '*Digest zu [A test article](https://example.com/post) von Ann Lee, veröffentlicht bei Example am 2026-11-17. Zitate sind Worte des Artikels; maßgeblich ist das Original.*', '[Quelle]'],
    ['fr', '## À retenir', 'Investisseurs, Grand public', '*Fiche de [A test article](https://example.com/post) par Ann Lee, publié par Example le 2026-11-17. Les citations sont les mots mêmes de l’article\u00a0; l’original fait foi.*', '[source]'],
    ['es', '## Idea central', 'Inversores, Público general', '*Ficha sobre [A test article](https://example.com/post) por Ann Lee, publicado por Example el 2026-11-17. Las citas son palabras del propio artículo; el original es la referencia.*', '[fuente]'],
  ] as const)('%s: headings, audiences, attribution and source links; the front matter stays as Obsidian reads it', (locale, heading, audiences, attribution, source) => {
    const md = digestToMarkdown(article, digest, markdownLabels(translatorFor(locale)));
    expect(md).toContain(`\n${heading}\n\nCost wins.[^1]\n`);
    expect(md).toContain(`\n${audiences}\n`);
    expect(md.split('\n').find((line) => line.startsWith('*'))?.replace(/'/g, '’')).toBe(attribution.replace(/'/g, '’'));
    expect(md).toMatch(new RegExp(`\n\\[\\^1\\]: “.*” \\${source.slice(0, -1)}\\]\\(https://example\\.com/post#:~:text=`));
    expect(md.split('\n---\n')[0]).toBe(digestToMarkdown(article, digest, ENGLISH_LABELS).split('\n---\n')[0]);
    expect(md).toContain('audience:\n  - "Investor"\n  - "General Reader"\n');
  });
});

describe('front matter helpers', () => {
  it.each([
    ['https://e.com/a', 'https://e.com/a'],
    ['https://e.com/a#:~:text=Some%20words', 'https://e.com/a'],
    ['https://e.com/a#part:~:text=x', 'https://e.com/a#part'],
    ['https://e.com/a#part', 'https://e.com/a#part'],
    ['javascript:alert(1)', null],
    ['', null],
  ])('pageSource(%j)', (url, expected) => expect(pageSource(url)).toBe(expected));

  it.each([
    ['Ben Thompson', ['Ben Thompson']],
    ['By Ann Lee and Bo Chan', ['Ann Lee', 'Bo Chan']],
    ['Ann Lee, Bo Chan & Cy Dee', ['Ann Lee', 'Bo Chan', 'Cy Dee']],
    ['  ', []],
    [null, []],
  ])('bylineAuthors(%j)', (byline, expected) => expect(bylineAuthors(byline)).toEqual(expected));

  it.each([
    ['2026-11-17T10:00:00+00:00', '2026-11-17'],
    ['2026-11-17', '2026-11-17'],
    ['2026-02-31', null],
    ['November 17, 2026', null],
    ['<script>', null],
    [null, null],
  ])('isoDay(%j)', (value, expected) => expect(isoDay(value)).toBe(expected));

  it('dates "created" by the reader\'s day, bare, and leaves an unknown date blank', () => {
    const article = { ...makeArticle(['A sentence long enough to be kept as the body here.']), publishedTime: 'yesterday' };
    const md = digestToMarkdown(article, digestArticle(article, { now: GOLDEN_NOW }), ENGLISH_LABELS);
    expect(md).toContain(`\npublished:\ncreated: ${localDay(GOLDEN_NOW.toISOString())}\n`);
  });
});

describe('Markdown goldens of the fixtures', () => {
  const inputs = readdirSync(goldenDir).filter((f) => f.endsWith('.article.json')).sort();
  it('has a golden for each fixture snapshot', () => expect(inputs.length).toBeGreaterThanOrEqual(3));
  it.each(inputs)('%s', (file) => {
    const article = ArticleSchema.parse(JSON.parse(readFileSync(join(goldenDir, file), 'utf8')));
    const goldenPath = join(goldenDir, file.replace(/\.article\.json$/, '.md'));
    let golden: string;
    try {
      golden = readFileSync(goldenPath, 'utf8');
    } catch (error) {
      throw new Error(`missing golden ${goldenPath}; create it on purpose with: npx tsx tests/unit/markdown/golden/update-goldens.ts`, { cause: error });
    }
    expect(digestToMarkdown(article, digestArticle(article, { now: GOLDEN_NOW }), ENGLISH_LABELS)).toBe(golden);
  });
});

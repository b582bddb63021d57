// Small pure parts of the extract: title cleaning, metadata, coverage, site matching, page shape.
import { describe, expect, it } from 'vitest';
import { ensureBody } from '../../../lib/dom/document-parts';
import { parseHtml } from '../../../lib/dom/parse-html';
import { cleanTitle } from '../../../lib/extract/clean-title';
import { detectCoverage } from '../../../lib/extract/detect-coverage';
import { readMetadata, type PageMetadata } from '../../../lib/extract/read-metadata';
import { matchSiteRules } from '../../../lib/extract/sites/site-rules';

describe('cleanTitle', () => {
  it.each([
    ['Amazon’s Durability – Stratechery by Ben Thompson', 'Stratechery by Ben Thompson', '', 'Amazon’s Durability'],
    ['A thesis - FourWeekMBA', 'FourWeekMBA', '', 'A thesis'],
    ['Prices rise | The Daily', null, 'www.thedaily.com', 'Prices rise'],
    ['Left - Right: a history of politics', 'Example', '', 'Left - Right: a history of politics'],
    ['Plain title', 'Example', '', 'Plain title'],
    ['Lockdown: Gottesdienste bleiben möglich › evang.at', null, 'evang.at', 'Lockdown: Gottesdienste bleiben möglich'],
    ['der Schreibstil - chadim.net - Webdesign', null, '', 'der Schreibstil'],
    ['Node.js 20 is out - what changed', null, '', 'Node.js 20 is out - what changed'],
  ])('%j (site %j) → %j', (title, site, host, expected) => {
    expect(cleanTitle(title, site, host)).toBe(expected);
  });
});

describe('readMetadata', () => {
  const head = (inner: string) => parseHtml(`<html lang="de-DE"><head>${inner}</head><body></body></html>`);

  it('prefers JSON-LD, then Open Graph, then meta tags', () => {
    const metadata = readMetadata(
      head(`<meta property="og:title" content="OG title"><meta property="og:site_name" content="Site"><meta name="author" content="Meta Author">
        <link rel="canonical" href="https://example.com/a">
        <script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","headline":"LD title","author":[{"@type":"Person","name":"Ann"},{"name":"Bo"}],"datePublished":"2026-01-02T03:04:05Z","wordCount":"1200"}]}</script>`),
    );
    expect(metadata).toMatchObject({ title: 'LD title', byline: 'Ann, Bo', siteName: 'Site', publishedTime: '2026-01-02T03:04:05Z', lang: 'de-DE', canonicalUrl: 'https://example.com/a', wordCount: 1200 });
  });

  it.each([
    ['invalid JSON-LD', '<script type="application/ld+json">{"@type": "Article",}</script><meta name="author" content="Meta Author">', { byline: 'Meta Author' }],
    ['an author given as a profile URL', '<meta name="author" content="https://facebook.com/someone">', { byline: null }],
    ['a paid article', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","isAccessibleForFree":"False"}</script>', { accessibleForFree: false }],
    [
      'HTML entities in JSON-LD text (WordPress)',
      '<script type="application/ld+json">{"@type":"Article","headline":"Fallen Order review &#8211; shoots for the moon &#x2014; Tips &amp; Tricks &#038; more &#99999999;","author":{"name":"Ren&#233;e"}}</script>',
      { title: 'Fallen Order review – shoots for the moon — Tips & Tricks & more &#99999999;', byline: 'Renée' },
    ],
    [
      'a line break typed inside a JSON-LD string (invalid JSON, shipped anyway)',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lexus wants you to go topless","description":"Lexus expands its lineup\n"}</script><meta property="og:title" content="Lexus wants you to go topless - Auto News">',
      { title: 'Lexus wants you to go topless' },
    ],
    [
      'a non-breaking space written as an entity in JSON-LD',
      '<script type="application/ld+json">{"@type":"Article","headline":"Anthony Lynn: &#8220;We needed to win this&nbsp;game&#8221;"}</script>',
      { title: 'Anthony Lynn: “We needed to win this game”' },
    ],
  ])('copes with %s', (_name, inner, expected) => {
    expect(readMetadata(head(inner))).toMatchObject(expected);
  });

  it('reads the whole page, in document order: metadata in the body, the first dated <time>, the first of repeated tags', () => {
    const page = parseHtml(`<html><head><meta name="author" content="First Author"><meta name="author" content="Second Author"></head>
      <body><article><time>yesterday</time><p>Text <time datetime="2026-03-04">March 4</time> <time datetime="2027-01-01">later</time></p>
      <meta property="og:site_name" content="Body Site">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Body LD title"}</script></article></body></html>`);
    expect(readMetadata(page)).toMatchObject({ byline: 'First Author', publishedTime: '2026-03-04', siteName: 'Body Site', title: 'Body LD title' });
  });

  // A page's numbers are untrusted too: JSON.parse reads 1e999 as Infinity, and a stated length
  // beyond any book made a "preview only" badge and `estimated_words: Infinity` in the export.
  it.each([
    ['1200', 1200],
    ['"1200"', 1200],
    ['1e999', null],
    ['-1e999', null],
    ['1e308', null],
    ['"99999999999999999999"', null],
    ['-5', null],
    ['1200.7', 1201],
    ['"NaN"', null],
  ])('reads a JSON-LD wordCount of %s as %j', (raw, expected) => {
    const page = parseHtml(`<html><head><script type="application/ld+json">{"@type":"Article","headline":"x","wordCount":${raw}}</script></head><body></body></html>`);
    expect(readMetadata(page).wordCount).toBe(expected);
  });

  it('takes a date from metadata before any <time> element', () => {
    const page = parseHtml('<html><head><meta property="article:published_time" content="2025-05-05"></head><body><time datetime="2026-03-04">x</time></body></html>');
    expect(readMetadata(page).publishedTime).toBe('2025-05-05');
  });
});

describe('detectCoverage', () => {
  const metadata = (over: Partial<PageMetadata> = {}): PageMetadata => ({
    title: null, byline: null, siteName: null, publishedTime: null, lang: null, canonicalUrl: null,
    accessibleForFree: null, paywalledPartPresent: false, wordCount: null, description: null, ...over,
  });

  it.each([
    ['a full article', 'Text.', 800, [], metadata(), 'full'],
    ['a gate seen', 'Text.', 300, ['Subscribe to keep reading'], metadata(), 'partial'],
    ['JSON-LD saying paid', 'Text.', 300, [], metadata({ accessibleForFree: false }), 'partial'],
    ['JSON-LD saying paid, with the paid part on the page (a subscriber)', 'Text.', 900, [], metadata({ accessibleForFree: false, paywalledPartPresent: true }), 'full'],
    ['a stated length far above the visible words', 'Text.', 300, [], metadata({ wordCount: 2000 }), 'partial'],
    ['a short body cut mid-sentence', 'It went on to say that…', 120, [], metadata(), 'partial'],
    ['a gate slot with no words in it (a subscriber sees the whole article)', 'Text.', 900, [''], metadata(), 'full'],
    ['a gate on a page whose metadata says it is free', 'Text.', 900, ['Subscribe to keep reading'], metadata({ accessibleForFree: true }), 'full'],
  ] as const)('%s → %s', (_name, text, words, gates, meta, status) => {
    const coverage = detectCoverage(text, words, gates, meta);
    expect(coverage.status).toBe(status);
    if (status === 'partial') expect(coverage).toMatchObject({ visibleWords: words, reason: expect.stringContaining(`the digest covers the first ${words} words`) });
  });

  it.each([
    ['a gate', ['Subscribe to keep reading: only $5 a month'], metadata()],
    ['JSON-LD', [], metadata({ accessibleForFree: false })],
  ] as const)('says why in plain words for %s, never the gate text or the metadata', (_name, gates, meta) => {
    const { reason } = detectCoverage('Text.', 201, gates, meta);
    expect(reason).toBe('Subscriber article: the digest covers the first 201 words');
  });
});

describe('matchSiteRules', () => {
  it.each([
    ['a Substack host', '<html><head></head><body></body></html>', 'https://someone.substack.com/p/x', ['substack']],
    ['WordPress by its generator tag', '<html><head><meta name="generator" content="WordPress 6.5"></head><body></body></html>', 'https://blog.example/x', ['wordpress']],
    ['WordPress by its body class', '<html><head></head><body class="single single-post"></body></html>', '', ['wordpress']],
    ['Ghost by its generator tag', '<html><head><meta name="generator" content="Ghost 5.8"></head><body></body></html>', '', ['ghost']],
    ['Substack by its CDN in <head>', '<html><head><link rel="preconnect" href="https://substackcdn.com"></head><body></body></html>', 'https://news.example/p/x', ['substack']],
    ['Medium by its app meta tag', '<html><head><meta property="al:android:package" content="com.medium.reader"></head><body></body></html>', '', ['medium']],
    ['WordPress by a theme stylesheet', '<html><head><title>x</title><link rel="stylesheet" href="/wp-content/themes/x.css"></head><body></body></html>', '', ['wordpress']],
    ['no rule for a near miss', '<html><head><meta name="generator" content="Hugo, not Ghost"><meta content="@Medium"></head><body></body></html>', '', []],
    ['nothing on a plain page', '<html><head></head><body></body></html>', 'https://example.com/', []],
  ])('finds %s', (_name, html, url, names) => {
    expect(matchSiteRules(parseHtml(html), url).map((r) => r.name)).toEqual(names);
  });
});

describe('ensureBody', () => {
  it.each([
    ['a stray element between head and body', '<html><head></head><meta name="x"><body><p>Text</p></body></html>', null],
    ['a body inside a nested html', '<html><html><body><p>Text</p></body></html></html>', null],
    ['an element a script appended to <html>', '<html><head></head><body></body></html>', '<p>Text</p>'],
  ])('gives one body child of <html> holding the text, for %s', (_name, html, appended) => {
    const document = parseHtml(html);
    if (appended) document.documentElement.insertAdjacentHTML('beforeend', appended);
    const body = ensureBody(document);
    expect(body?.parentElement).toBe(document.documentElement);
    expect(body?.textContent).toContain('Text');
  });

  it('answers null for a frameset', () => {
    expect(ensureBody(parseHtml('<html><head></head><frameset><frame src="a"></frameset></html>'))).toBeNull();
  });
});

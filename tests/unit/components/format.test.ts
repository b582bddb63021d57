import { afterEach, describe, expect, it } from 'vitest';
import { classifyTab } from '../../../components/format/classify-tab';
import { contentLang } from '../../../components/format/content-lang';
import { coverageLabel } from '../../../components/format/coverage-label';
import { detectCoverage } from '../../../lib/extract/detect-coverage';
import type { PageMetadata } from '../../../lib/extract/read-metadata';
import { safeHttpUrl } from '../../../components/format/safe-http-url';
import { formatPublished, readingMinutes, sourceFacts } from '../../../components/format/source-facts';
import { textFragmentUrl } from '../../../components/format/text-fragment-url';
import { plural, t, uiLocale } from '../../../components/i18n/t';
import { setTestLocale } from '../../helpers/test-i18n';
import { sampleArticle } from '../library/sample-records';

describe('textFragmentUrl', () => {
  it.each([
    ['https://a.org/p#top', 'Commodity markets reward cost advantages.', 'https://a.org/p#:~:text=Commodity%20markets%20reward%20cost%20advantages.'],
    ['https://a.org/p', 'best-of-breed, & more', 'https://a.org/p#:~:text=best%2Dof%2Dbreed%2C%20%26%20more'],
    [
      'https://a.org/p',
      'one two three four five six seven eight nine ten eleven twelve',
      'https://a.org/p#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve',
    ],
    ['javascript:alert(1)', 'x', null],
    ['https://a.org/p', '   ', null],
    ['https://a.org/p', undefined, null],
  ])('%s + %j', (url, quote, expected) => {
    expect(textFragmentUrl(url, quote)).toBe(expected);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://a.org/x', 'https://a.org/x'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
    [null, null],
  ])('%j → %j', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});

describe('source facts', () => {
  it('lists site, author, date and reading time', () => {
    expect(sourceFacts(sampleArticle({ wordCount: 1200 }))).toEqual(['Stratechery', 'Ben Thompson', '17 Nov 2026', '5 min read']);
    expect(sourceFacts(sampleArticle({ siteName: null, byline: null, publishedTime: 'soon', url: 'https://www.a.org/x' }))).toEqual(['a.org', '1 min read']);
    expect(sourceFacts(sampleArticle({ siteName: 'Stratechery by Ben Thompson', publishedTime: null }))).toEqual(['Stratechery by Ben Thompson', '1 min read']);
  });
  it.each([
    [0, 1],
    [230, 1],
    [700, 3],
  ])('readingMinutes(%i) = %i', (words, minutes) => expect(readingMinutes(words)).toBe(minutes));
  it('reads a date-time by its date part', () => {
    expect(formatPublished('2026-11-17T23:30:00-05:00')).toBe('17 Nov 2026');
  });
});

describe('coverageLabel', () => {
  it.each([
    [{ status: 'full' as const }, 100, null],
    [{ status: 'partial' as const, visibleWords: 412, estimatedWords: 2000, reason: 'Subscribe gate' }, 412, { label: 'Preview only: 412 of ~2,000 words', reason: 'Subscribe gate', reasonTranslated: false }],
    [{ status: 'partial' as const }, 180, { label: 'Preview only: 180 words visible', reason: null, reasonTranslated: false }],
    [{ status: 'partial' as const, visibleWords: 90, reason: 'gate: "Subscribe now for $1"' }, 90, { label: 'Preview only: 90 words visible', reason: null, reasonTranslated: false }],
    [{ status: 'partial' as const, visibleWords: 90, reason: 'JSON-LD isAccessibleForFree: false' }, 90, { label: 'Preview only: 90 words visible', reason: null, reasonTranslated: false }],
  ])('%j', (coverage, words, expected) => {
    expect(coverageLabel(coverage, words)).toEqual(expected);
  });

  describe('the extractor’s reasons, in the interface’s language', () => {
    afterEach(() => setTestLocale('en', 'en-GB'));
    const teaser = 'A short teaser that stops …';
    const none: PageMetadata = { title: null, byline: null, siteName: null, publishedTime: null, lang: null, canonicalUrl: null, accessibleForFree: null, paywalledPartPresent: false, wordCount: null, description: null };
    // Each reason detectCoverage writes: a gate, a stated length far above the visible one, a teaser.
    const reasons = [
      detectCoverage('Text.', 1201, ['Subscribe to read on'], none),
      detectCoverage('Text.', 1201, [], { ...none, wordCount: 4000 }),
      detectCoverage(teaser, 5, [], none),
    ];

    it('says each of them in German, with the count as German writes it', () => {
      setTestLocale('de', 'de-DE');
      expect(reasons.map((coverage) => coverageLabel(coverage, 1201)?.reason)).toEqual([
        'Artikel für Abonnenten: Der Digest umfasst die ersten 1.201 Wörter',
        'Die Seite zeigt nur einen Teil des Artikels: Der Digest umfasst die ersten 1.201 Wörter',
        'Die Seite zeigt nur den Anfang des Artikels: Der Digest umfasst die ersten 5 Wörter',
      ]);
    });

    it('keeps them as written in English, and a reason it does not know as it is', () => {
      expect(reasons.map((coverage) => coverageLabel(coverage, 1201)?.reason)).toEqual(
        reasons.map((coverage) => coverage.reason?.replace('1201', '1,201')),
      );
      expect(coverageLabel({ status: 'partial', reason: 'Subscribe gate' }, 10)?.reason).toBe('Subscribe gate');
    });
  });
});

describe('classifyTab', () => {
  it.each([
    ['chrome://settings', 'complete', 'browser-page'],
    ['about:blank', 'complete', 'browser-page'],
    [undefined, 'complete', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'complete', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'complete', 'web-store'],
    ['https://a.org/paper.PDF?dl=1', 'complete', 'pdf'],
    ['file:///home/a.html', 'complete', 'not-web'],
    ['https://a.org/post', 'loading', 'loading'],
    ['http://127.0.0.1:1234/post', 'complete', 'readable'],
  ])('%s (%s) is %s', (url, status, verdict) => {
    expect(classifyTab(url, status)).toBe(verdict);
  });
});

describe('contentLang', () => {
  it.each([
    ['en', 'en'],
    ['de_DE', 'de-DE'],
    [' fr-CA ', 'fr-CA'],
    ['english', undefined],
    ['x', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (lang, expected) => {
    expect(contentLang(lang)).toBe(expected);
  });
});

describe('numbers, plurals and dates in the interface’s language', () => {
  afterEach(() => setTestLocale('en', 'en-GB'));

  it.each([
    ['en', 'en-US', 'Nov 17, 2026', '0 saved digests', '1 saved digest', '12,000 saved digests'],
    ['de', 'de', '17. Nov. 2026', '0 gespeicherte Digests', '1 gespeicherter Digest', '12.000 gespeicherte Digests'],
    ['fr', 'fr', '17 nov. 2026', '0 fiche enregistrée', '1 fiche enregistrée', '12\u202f000 fiches enregistrées'],
    ['es', 'es-ES', '17 nov 2026', '0 fichas guardadas', '1 ficha guardada', '12.000 fichas guardadas'],
  ])('%s (browser %s)', (locale, browser, date, zero, one, many) => {
    setTestLocale(locale, browser);
    expect(formatPublished('2026-11-17')).toBe(date);
    expect([0, 1, 12_000].map((count) => plural('libraryCount', count))).toEqual([zero, one, many]);
  });

  it('an interface in English (no translation for the browser’s language) writes English dates, not Italian ones', () => {
    setTestLocale('it', 'it-IT');
    expect(t('actionSave')).toBe('Save');
    expect(uiLocale()).toBe('en');
    expect(formatPublished('2026-11-17')).toBe('Nov 17, 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { libraryFacets } from '../../../lib/library/library-facets';
import { createDigestSearch, searchDigests } from '../../../lib/library/search-digests';
import { siteOf } from '../../../lib/library/site-of';
import { entryOf } from '../../../lib/storage/library-entry';
import { sampleRecord } from './sample-records';

const records = [
  sampleRecord('https://stratechery.com/a', '2026-11-20T00:00:00Z'),
  sampleRecord('https://www.fourweekmba.com/b', '2026-11-19T00:00:00Z', {
    article: { title: 'Vertical Integration Thesis', siteName: null },
    digest: { summary: 'Apple’s playbook for enterprise AI.', topics: ['vertical integration', 'AWS'], audience: ['Investor', 'CTO'] },
  }),
];
// What the list searches: the entries stored beside the records.
const entries = records.map(entryOf);

describe('searchDigests', () => {
  it.each([
    ['', 2],
    ['durability', 1],
    ['APPLE’S playbook', 1],
    ["apple's", 1],
    ['aws', 2],
    ['integration enterprise', 1],
    ['nothing-like-this', 0],
  ])('text %j finds %i', (text, count) => {
    expect(searchDigests(entries, { text })).toHaveLength(count);
  });

  it('finds a digest by a word only its principles, its method or its article text hold', () => {
    const [withPrinciple, withText] = [
      sampleRecord('https://e.org/p', '2026-11-20T00:00:00Z', { digest: { principles: [{ text: 'Durable moats compound quietly.' }], method: { text: 'Triangulate the suppliers.' } } }),
      sampleRecord('https://e.org/t', '2026-11-19T00:00:00Z', { article: { text: 'Amazon builds primitives. The flywheel spins unseen.' } }),
    ].map(entryOf);
    const all = [withPrinciple!, withText!, ...entries];
    expect(searchDigests(all, { text: 'moats' }).map((e) => e.url)).toEqual(['https://e.org/p']);
    expect(searchDigests(all, { text: 'triangul' }).map((e) => e.url)).toEqual(['https://e.org/p']);
    expect(searchDigests(all, { text: 'flywheel unseen' }).map((e) => e.url)).toEqual(['https://e.org/t']);
    expect(searchDigests(all, { text: 'flywheel moats' })).toEqual([]);
  });

  it('ranks a word in the title above one in the card, above one in the article only; newest first between equals', () => {
    const make = (url: string, day: number, overrides: Parameters<typeof sampleRecord>[2]) => entryOf(sampleRecord(url, `2026-11-${day}T00:00:00Z`, overrides));
    const inText = make('https://e.org/text', 23, { article: { text: 'A note on kelp farming.' } });
    const inCard = make('https://e.org/card', 22, { digest: { summary: 'Kelp farms grow fast.' } });
    const inTitle = make('https://e.org/title', 21, { article: { title: 'Kelp, the new soy' } });
    const inTitleToo = make('https://e.org/title-2', 20, { article: { title: 'Why kelp?' } });
    expect(searchDigests([inText, inCard, inTitle, inTitleToo], { text: 'kelp' }).map((e) => e.url)).toEqual([
      'https://e.org/title',
      'https://e.org/title-2',
      'https://e.org/card',
      'https://e.org/text',
    ]);
    // Without words the list keeps its order.
    expect(searchDigests([inText, inCard, inTitle], {}).map((e) => e.url)).toEqual(['https://e.org/text', 'https://e.org/card', 'https://e.org/title']);
  });

  it('filters by a topic\'s tag form, case aside, as Obsidian matches tags', () => {
    expect(searchDigests(entries, { topic: 'vertical-integration' }).map((r) => r.url)).toEqual(['https://www.fourweekmba.com/b']);
    expect(searchDigests(entries, { topic: 'aws' })).toHaveLength(2);
  });

  it('filters by topic, audience and site together', () => {
    expect(searchDigests(entries, { topic: 'AWS', audience: 'Investor' }).map((r) => r.url)).toEqual(['https://www.fourweekmba.com/b']);
    expect(searchDigests(entries, { site: 'Stratechery' })).toHaveLength(1);
    expect(searchDigests(entries, { site: 'fourweekmba.com', text: 'durability' })).toHaveLength(0);
  });
});

describe('libraryFacets', () => {
  it('offers topics as tags, one per tag whatever the case, and leaves out topics that can be no tag', () => {
    const mixed = [
      sampleRecord('https://e.org/1', '2026-11-20T00:00:00Z', { digest: { topics: ['Supply chain', '2024'] } }),
      sampleRecord('https://e.org/2', '2026-11-19T00:00:00Z', { digest: { topics: ['supply-chain', 'SUPPLY CHAIN'] } }),
    ].map(entryOf);
    expect(libraryFacets(mixed).topics).toEqual([{ value: 'Supply-chain', count: 2 }]);
  });

  it('counts values, most frequent first', () => {
    const facets = libraryFacets(entries);
    expect(facets.topics[0]).toEqual({ value: 'AWS', count: 2 });
    expect(facets.topics.map((f) => f.value)).toContain('vertical-integration');
    expect(facets.audiences.map((f) => f.value)).toEqual(['CTO', 'Investor']);
    expect(facets.sites.map((f) => f.value).sort()).toEqual(['Stratechery', 'fourweekmba.com']);
  });
});

describe('siteOf', () => {
  it('falls back to the host name, and to the key when it is not a URL', () => {
    expect(siteOf(records[1]!)).toBe('fourweekmba.com');
    expect(siteOf({ url: 'not a url', article: { ...records[1]!.article } })).toBe('not a url');
  });
});

describe('createDigestSearch', () => {
  it('gives what searchDigests gives, typing on, backspacing and changing filters', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      entryOf(
        sampleRecord(`https://e.org/${i}`, '2026-11-20T00:00:00Z', {
          article: { title: ['Market crash', 'Climate change', 'Marketing café', 'Maritime law'][i % 4]!, siteName: i % 3 ? 'A' : 'B' },
          digest: { topics: [i % 2 ? 'AWS' : 'chips'] },
        }),
      ),
    );
    const search = createDigestSearch();
    const queries = ['m', 'ma', 'mar', 'mark', 'marke', 'market', 'market c', 'market ca', 'market c', 'market', 'mar', 'CAF', 'café', 'cafe', '', 'ma'];
    for (const text of queries) {
      for (const filters of [{}, { topic: 'AWS' }, { site: 'B', topic: 'chips' }]) {
        const query = { text, ...filters };
        expect(search(many, query)).toEqual(searchDigests(many, query));
      }
    }
    for (const filters of [{}, { topic: 'AWS' }]) {
      const typing = createDigestSearch();
      for (const text of queries) expect(typing(many, { text, ...filters })).toEqual(searchDigests(many, { text, ...filters }));
    }
    const fewer = many.slice(0, 10);
    expect(search(fewer, { text: 'ma' })).toEqual(searchDigests(fewer, { text: 'ma' }));
  });
});

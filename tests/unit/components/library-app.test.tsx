// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LibraryApp } from '../../../components/LibraryApp';
import type { LibraryServices } from '../../../components/library-services';
import { entryOf } from '../../../lib/storage/library-entry';
import type { SavedDigest } from '../../../lib/storage/saved-digest-schema';
import { sampleRecord } from '../library/sample-records';
import { root, settle, useRenderRoot } from '../../helpers/render-root';
import { defaultObsidianSettings } from '../../../lib/obsidian/obsidian-settings';

function fakeLibrary(initial: SavedDigest[]): LibraryServices & { records: SavedDigest[]; shown: (string | null)[]; copied: string[]; opened: string[] } {
  const newestFirst = () => [...fake.records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const fake = {
    records: [...initial],
    list: async () => ({ records: newestFirst(), skipped: [{ key: 'https://bad.example/', reason: 'digest: expected object' }] }),
    newestEntries: async (limit: number) => ({ entries: newestFirst().slice(0, limit).map(entryOf), total: fake.records.length }),
    listEntries: async () => ({ entries: newestFirst().map(entryOf), skipped: [{ key: 'https://bad.example/', reason: 'digest: expected object' }] }),
    get: async (url: string) => fake.records.find((r) => r.url === url),
    remove: async (url: string) => {
      const found = fake.records.find((r) => r.url === url);
      fake.records = fake.records.filter((r) => r.url !== url);
      return found;
    },
    putAll: async (records: readonly SavedDigest[]) => {
      fake.records = [...fake.records.filter((r) => !records.some((n) => n.url === r.url)), ...records];
    },
    toMarkdown: (record: SavedDigest) => `# ${record.article.title}\n`,
    download: () => undefined,
    copied: [] as string[],
    opened: [] as string[],
    async copyText(text: string) {
      fake.copied.push(text);
    },
    obsidianSettings: async () => ({ ...defaultObsidianSettings(), vault: 'Work', folder: 'Reading/Web' }),
    openUrl(url: string) {
      fake.opened.push(url);
    },
    now: () => new Date('2026-11-22T00:00:00Z'),
    shown: [] as (string | null)[],
    showCardInAddress(url: string | null) {
      fake.shown.push(url);
    },
  };
  return fake;
}

useRenderRoot();

const titles = () => [...root.querySelectorAll('.entry-title')].map((e) => e.textContent);
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

describe('LibraryApp', () => {
  const older = sampleRecord('https://a.org/old', '2026-11-01T00:00:00.000Z', { article: { title: 'Older piece' }, digest: { topics: ['logistics'] } });
  const newer = sampleRecord('https://b.org/new', '2026-11-20T00:00:00.000Z', { article: { title: 'Newer piece', siteName: 'B' }, digest: { topics: ['chips'], audience: ['Investor'] } });

  it('lists newest first, reports unreadable records, searches and filters', async () => {
    await act(async () => render(<LibraryApp services={fakeLibrary([older, newer])} />, root));
    await settle();
    expect(titles()).toEqual(['Newer piece', 'Older piece']);
    expect(root.querySelector('[role=alert]')?.textContent).toContain('1 saved entry could not be read');

    const search = root.querySelector<HTMLInputElement>('#filter-text')!;
    await act(async () => {
      search.value = 'older';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(titles()).toEqual(['Older piece']);
    expect(root.querySelector('.library-count')?.textContent).toBe('Showing 1 of 2 saved digests');

    await act(async () => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      const audience = root.querySelector<HTMLSelectElement>('#filter-audience')!;
      audience.value = 'Investor';
      audience.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(titles()).toEqual(['Newer piece']);
  });

  it('opens the card named by the address, and records the open card there', async () => {
    const services = fakeLibrary([older, newer]);
    await act(async () => render(<LibraryApp services={services} initialTarget={{ url: 'https://a.org/old' }} />, root));
    await settle();
    expect(root.querySelector('.card-title')?.textContent).toBe('Older piece');
    await act(async () => button('← All digests').click());
    expect(services.shown).toEqual(['https://a.org/old', null]);
  });

  it('opens a card, deletes with undo', async () => {
    const services = fakeLibrary([older, newer]);
    await act(async () => render(<LibraryApp services={services} />, root));
    await settle();
    await act(async () => button('Older piece').click());
    await settle(); // the card's full record is read when it opens
    expect(root.querySelector('.card-title')?.textContent).toBe('Older piece');
    await act(async () => button('← All digests').click());
    await act(async () => button('Delete Older piece').click());
    await settle();
    expect(titles()).toEqual(['Newer piece']);
    expect(root.textContent).toContain('Deleted “Older piece”.');
    await act(async () => button('Undo').click());
    await settle();
    expect(titles()).toEqual(['Newer piece', 'Older piece']);
  });

  it('gives an opened card Copy, Download and Send to Obsidian', async () => {
    const services = fakeLibrary([older, newer]);
    const downloads: string[] = [];
    services.download = (name) => void downloads.push(name);
    await act(async () => render(<LibraryApp services={services} initialTarget={{ url: 'https://a.org/old' }} />, root));
    await settle();
    await act(async () => button('Copy Markdown').click());
    await act(async () => button('Download .md').click());
    await act(async () => button('Send to Obsidian').click());
    await settle();
    expect(services.copied).toEqual(['# Older piece\n', '# Older piece\n']);
    expect(downloads).toEqual(['Older piece.md']);
    expect(services.opened).toEqual(['obsidian://new?file=Reading%2FWeb%2FOlder%20piece&vault=Work&clipboard']);
    expect(root.querySelector('.opened .notice a')?.getAttribute('href')).toBe(services.opened[0]);
  });

  it('filters by a topic or audience chip, in the list and on an opened card, and by the address', async () => {
    const services = fakeLibrary([older, newer]);
    await act(async () => render(<LibraryApp services={services} />, root));
    await settle();
    await act(async () => button('logistics').click());
    expect(titles()).toEqual(['Older piece']);
    expect(root.querySelector<HTMLSelectElement>('#filter-topic')?.value).toBe('logistics');

    render(null, root);
    await act(async () => render(<LibraryApp services={services} initialTarget={{ url: 'https://b.org/new' }} />, root));
    await settle();
    await act(async () => [...root.querySelectorAll<HTMLButtonElement>('[data-section="audience"] button')].find((b) => b.textContent === 'Investor')!.click());
    expect(root.querySelector('.card-title')).toBeNull();
    expect(titles()).toEqual(['Newer piece']);

    render(null, root);
    await act(async () => render(<LibraryApp services={services} initialTarget={{ topic: 'CHIPS' }} />, root));
    await settle();
    expect(titles()).toEqual(['Newer piece']);
  });

  it('shows the preview badge in the list for a digest a paywall cut short', async () => {
    const cut = sampleRecord('https://c.org/cut', '2026-11-21T00:00:00.000Z', {
      article: { title: 'Cut piece', wordCount: 412, coverage: { status: 'partial', visibleWords: 412, estimatedWords: 2000 } },
    });
    await act(async () => render(<LibraryApp services={fakeLibrary([older, cut])} />, root));
    await settle();
    expect([...root.querySelectorAll('.entry')].map((e) => e.querySelector('.entry-badge')?.textContent ?? null)).toEqual(['Preview only: 412 of ~2,000 words', null]);
  });
});

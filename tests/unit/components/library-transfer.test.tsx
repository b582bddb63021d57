// @vitest-environment happy-dom
// Import and export through a real store (fake-indexeddb): the page knows the library by its list
// entries, so import must still skip what the library has newer or unchanged, and export must
// read the full records.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LibraryTransfer, type TransferReport } from '../../../components/LibraryTransfer';
import type { LibraryServices } from '../../../components/library-services';
import { openLibraryDb } from '../../../lib/storage/library-db';
import { createLibraryStore, type LibraryStore } from '../../../lib/storage/library-store';
import { backupText, sampleRecord } from '../library/sample-records';
import { root, settle, useRenderRoot } from '../../helpers/render-root';
import { defaultObsidianSettings } from '../../../lib/obsidian/obsidian-settings';

let dbCount = 0;
const now = new Date('2026-11-22T00:00:00Z');

function storeServices(store: LibraryStore, downloads: Blob[]): LibraryServices {
  return {
    newestEntries: (limit) => store.newestEntries(limit),
    listEntries: () => store.listEntries(),
    get: (url) => store.get(url),
    list: () => store.list(),
    remove: (url) => store.remove(url),
    putAll: (records) => store.putAll(records),
    toMarkdown: (record) => `# ${record.article.title}\n`,
    download: (_name, data) => downloads.push(data),
    copyText: async () => undefined,
    obsidianSettings: async () => defaultObsidianSettings(),
    openUrl: () => undefined,
    now: () => now,
    showCardInAddress: () => undefined,
  };
}

useRenderRoot();

async function mount(services: LibraryServices, reports: TransferReport[]): Promise<void> {
  await act(async () => render(<LibraryTransfer services={services} empty={false} onImported={async () => undefined} onReport={(r) => reports.push(r)} />, root));
}

describe('LibraryTransfer over the store', () => {
  const a = sampleRecord('https://e.org/a', '2026-11-01T00:00:00.000Z');
  const b = sampleRecord('https://e.org/b', '2026-11-02T00:00:00.000Z');
  const c = sampleRecord('https://e.org/c', '2026-11-03T00:00:00.000Z');

  it('imports only what is new or newer, skipping the unchanged and what the library has newer', async () => {
    const store = createLibraryStore(await openLibraryDb({ name: `transfer-${++dbCount}` }));
    const newerB = { ...b, updatedAt: '2026-12-01T00:00:00.000Z' };
    const changedA = { ...a, digest: { ...a.digest, summary: 'Changed at the same time.' } };
    await store.putAll([a, newerB]);
    const reports: TransferReport[] = [];
    await mount(storeServices(store, []), reports);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File([backupText([a, b, c], now)], 'backup.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(10);
    expect(reports[0]).toMatchObject({ ok: true, title: 'Imported 1 digest, skipped 2.' });
    expect(reports[0]?.details.join('\n')).toMatch(/unchanged[\s\S]*newer copy/);
    expect((await store.list()).records).toEqual([newerB, c, a].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)));

    Object.defineProperty(input, 'files', { value: [new File([backupText([changedA], now)], 'backup.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(10);
    expect(reports[1]).toMatchObject({ ok: true, title: 'Imported 1 digest.' });
    expect(await store.get(a.url)).toEqual(changedA);
  });

  it('exports every full record, read from the store', async () => {
    const store = createLibraryStore(await openLibraryDb({ name: `transfer-${++dbCount}` }));
    await store.putAll([a, b]);
    const downloads: Blob[] = [];
    await mount(storeServices(store, downloads), []);
    await act(async () => [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('.json'))!.click());
    await settle(10);
    expect(downloads).toHaveLength(1);
    expect(await downloads[0]!.text()).toBe(backupText([a, b], now));
  });

  it('says an export is under way and takes no second click until it is done', async () => {
    const store = createLibraryStore(await openLibraryDb({ name: `transfer-${++dbCount}` }));
    await store.putAll([a]);
    let release: () => void = () => undefined;
    const slowList: LibraryServices['list'] = async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return store.list();
    };
    const downloads: Blob[] = [];
    await mount({ ...storeServices(store, downloads), list: slowList }, []);
    const json = () => [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('.json'))!;
    await act(async () => json().click());
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Exporting the backup…');
    expect(json().disabled).toBe(true);
    await act(async () => release());
    await settle(10);
    expect(downloads).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
    expect(json().disabled).toBe(false);
  });
});

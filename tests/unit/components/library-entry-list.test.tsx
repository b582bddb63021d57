// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LibraryEntryList } from '../../../components/LibraryEntryList';
import { entryOf } from '../../../lib/storage/library-entry';
import { sampleRecord } from '../library/sample-records';
import { root, useRenderRoot } from '../../helpers/render-root';

const PAGE = 3;
const records = Array.from({ length: PAGE * 2 + 1 }, (_, i) =>
  entryOf(sampleRecord(`https://example.org/${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), { article: { title: `Piece ${i}` } })),
);

useRenderRoot();

const shownEntries = () => root.querySelectorAll('.entry').length;
const more = () => root.querySelector<HTMLButtonElement>('.show-more');

describe('LibraryEntryList', () => {
  it('renders a page of entries and shows more on request, then none left to show', async () => {
    const noop = () => undefined;
    await act(async () => render(<LibraryEntryList entries={records} onOpen={noop} onDelete={noop} onTopic={noop} pageSize={PAGE} />, root));
    expect(shownEntries()).toBe(PAGE);
    expect(more()?.textContent).toBe(`Show ${PAGE} more (${PAGE + 1} not shown)`);
    await act(async () => more()!.click());
    expect(shownEntries()).toBe(PAGE * 2);
    expect(more()?.textContent).toBe('Show 1 more (1 not shown)');
    await act(async () => more()!.click());
    expect(shownEntries()).toBe(records.length);
    expect(more()).toBeNull();
  });

  it('starts again at the first page when the results change', async () => {
    const noop = () => undefined;
    await act(async () => render(<LibraryEntryList entries={records} onOpen={noop} onDelete={noop} onTopic={noop} pageSize={PAGE} />, root));
    await act(async () => more()!.click());
    const narrowed = records.slice(0, PAGE + 1);
    await act(async () => render(<LibraryEntryList entries={narrowed} onOpen={noop} onDelete={noop} onTopic={noop} pageSize={PAGE} />, root));
    expect(shownEntries()).toBe(PAGE);
    expect(more()?.textContent).toBe('Show 1 more (1 not shown)');
  });

  it('marks a digest of a gated article "Preview only", and nothing else', async () => {
    const coverage = { status: 'partial' as const, reason: 'Subscriber article: the digest covers the first 201 words', visibleWords: 201 };
    const gated = entryOf(sampleRecord('https://example.org/gated', '2026-01-02T00:00:00.000Z', { article: { title: 'Gated', wordCount: 201, coverage } }));
    await act(async () => render(<LibraryEntryList entries={[gated, records[0]!]} onOpen={() => undefined} onDelete={() => undefined} onTopic={() => undefined} />, root));
    const badges = root.querySelectorAll('.entry .badge');
    expect(badges).toHaveLength(1);
    expect(badges[0]?.textContent).toBe('Preview only: 201 words visible');
    expect(badges[0]?.getAttribute('title')).toBe(coverage.reason);
    expect(badges[0]?.closest('.entry')?.querySelector('.entry-title')?.textContent).toBe('Gated');
  });

  it('passes the record to open and delete', async () => {
    const opened: string[] = [];
    await act(async () => render(<LibraryEntryList entries={records.slice(0, 2)} onOpen={(r) => opened.push(r.url)} onDelete={() => undefined} onTopic={() => undefined} pageSize={PAGE} />, root));
    await act(async () => root.querySelector<HTMLButtonElement>('.entry-title button')!.click());
    expect(opened).toEqual(['https://example.org/0']);
  });
});

// Part 4: the library with many saved digests (10,000 by default) in the built extension: save
// one more, open the library to the list on screen, search as you type, export all (JSON backup
// and Markdown zip), import all into an empty library, and the page's JS heap at that size.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { clickToolbar, launchExtensionBrowser, openLibrary, openPopupAsTab, type ExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { startFixtureServer } from '../../tests/e2e/harness/fixture-server';
import { DIGESTS_STORE, LIBRARY_DB_NAME } from '../../lib/storage/library-db';
import { mib, ms, type BenchRow, type PartResult } from './bench-result';
import { FILL_LIBRARY, type BaseRecord } from './library-records';
import { allListed, clearLibrary, clickAndTime, LIST_OBSERVER, SAVE_AND_TIME, typeAndTime, watchImport } from './library-page-scripts';
import { poll } from './poll-page';
import { median, percentile } from './stats';

export const SEARCH_TARGET_MS = 30;

export interface LibraryOptions {
  bases: readonly BaseRecord[];
  /** Saved digests to generate. Default 10,000. */
  count?: number;
  /** Runs of each timed action (imports: at most 2). Default 5. */
  runs?: number;
  /** Words typed into the search box, one keystroke at a time, then deleted. */
  queries?: readonly string[];
}

/** Per reload: navigation start to the first entries on screen, and to the whole library loaded. */
async function timeOpen(library: Page, runs: number): Promise<{ firstPaint: number[]; allListed: number[] }> {
  const times = { firstPaint: [] as number[], allListed: [] as number[] };
  for (let run = 0; run < runs; run++) {
    await library.reload();
    const [shown, all] = await poll<[number, number]>(library, 'window.__bench && window.__bench.listShown && window.__bench.allListed && [window.__bench.listShown, window.__bench.allListed]');
    times.firstPaint.push(shown);
    times.allListed.push(all);
  }
  return times;
}

/** The first open after the fill: the records have no list entries yet, as after an upgrade from schema 2. */
async function timeUpgradeOpen(library: Page, count: number): Promise<number> {
  await library.reload();
  return poll<number>(library, `${allListed(count)} && performance.now()`, 300_000);
}

async function heapUsed(library: Page): Promise<number> {
  const cdp = await library.context().newCDPSession(library);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Performance.getMetrics reported no JSHeapUsedSize');
  return used;
}

async function timeSaves(browser: ExtensionBrowser, articleUrl: string, runs: number): Promise<number[]> {
  const article = await browser.context.newPage();
  await article.goto(articleUrl);
  const popup = await clickToolbar(browser, article);
  await popup.waitFor("document.querySelector('.card-title')?.textContent", 30_000);
  const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
  await popup.close();
  const view = await openPopupAsTab(browser, tabId);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await view.getByRole('button', { name: /^Save/ }).waitFor({ timeout: 30_000 });
    times.push(await view.evaluate<number>(SAVE_AND_TIME));
    await view.reload();
  }
  await Promise.all([view.close(), article.close()]);
  return times;
}

async function timeExport(library: Page, button: string, runs: number): Promise<{ times: number[]; path: string }> {
  const times: number[] = [];
  let path = '';
  for (let run = 0; run < runs; run++) {
    const [download, time] = await Promise.all([library.waitForEvent('download', { timeout: 120_000 }), library.evaluate<number>(clickAndTime(button))]);
    times.push(time);
    path = (await download.path()) ?? '';
  }
  return { times, path };
}

async function timeImports(library: Page, backupPath: string, runs: number): Promise<number[]> {
  // The export reads the library, so it holds the digests saved by timeSaves too.
  const count = (JSON.parse(readFileSync(backupPath, 'utf8')) as { digests: unknown[] }).digests.length;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await library.evaluate(clearLibrary(LIBRARY_DB_NAME));
    await library.reload();
    await library.getByText('Nothing saved yet.', { exact: false }).waitFor();
    await library.evaluate(watchImport(count));
    await library.locator('input[type=file]').setInputFiles(backupPath);
    times.push(await poll<number>(library, 'window.__import.end !== undefined && window.__import.end - window.__import.start', 300_000));
  }
  return times;
}

export async function runLibraryBench(options: LibraryOptions): Promise<PartResult> {
  const count = options.count ?? 10_000;
  const runs = options.runs ?? 5;
  const queries = options.queries ?? ['market', 'climate change', 'zqxj'];
  const [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
  try {
    const library = await openLibrary(browser);
    await library.getByText('Nothing saved yet.', { exact: false }).waitFor();
    await library.evaluate(`(${FILL_LIBRARY})(${JSON.stringify({ bases: options.bases, count, db: LIBRARY_DB_NAME, store: DIGESTS_STORE })})`);
    const upgradeOpen = await timeUpgradeOpen(library, count);
    await library.addInitScript(LIST_OBSERVER);
    const open = await timeOpen(library, runs);
    const heap = await heapUsed(library);
    const keystrokes: number[] = [];
    for (const query of queries) keystrokes.push(...(await library.evaluate<number[]>(typeAndTime(query))));
    const saves = await timeSaves(browser, server.urlOf(server.fixtures[0]!), runs);
    const backup = await timeExport(library, 'Export backup (.json)', Math.min(runs, 3));
    const zip = await timeExport(library, 'Export Markdown (.zip)', Math.min(runs, 3));
    const imports = await timeImports(library, backup.path, Math.min(runs, 2));
    const part = '4 library at scale';
    const at = `${count.toLocaleString('en-US')} digests`;
    const searchP95 = percentile(keystrokes, 95);
    const rows: BenchRow[] = [
      { part, measure: `save one (popup Save → notice), ${at}`, value: ms(median(saves)) },
      { part, measure: `open library → list on screen, ${at}`, value: ms(median(open.firstPaint)) },
      { part, measure: `open library → all ${at} loaded (search, filters)`, value: ms(median(open.allListed)) },
      { part, measure: `first open after upgrading from schema 2 (builds list entries), ${at}`, value: ms(upgradeOpen) },
      { part, measure: `search as you type, p95 of ${keystrokes.length} keystrokes`, value: ms(searchP95), target: `≤ ${SEARCH_TARGET_MS} ms`, met: searchP95 <= SEARCH_TARGET_MS },
      { part, measure: 'search as you type, p50', value: ms(median(keystrokes)) },
      { part, measure: `export all, JSON backup (${at})`, value: ms(median(backup.times)) },
      { part, measure: `export all, Markdown zip (${at})`, value: ms(median(zip.times)) },
      { part, measure: `import all into an empty library (${at})`, value: ms(median(imports)) },
      { part, measure: `library page JS heap after GC, ${at}`, value: mib(heap) },
    ];
    return {
      rows,
      notes: [
        `Part 4: ${count} saved digests generated from ${options.bases.length} real articles (the fixtures and article-benchmark pages, extracted and digested) under distinct URLs, titles and dates, written straight into the extension's IndexedDB; the built extension in headless Chromium. Timed in the page's own clock: save = Save click to the "…library." notice (median of ${runs}); open = navigation start to the first frame after the first entry is in the DOM, and to the count of all digests shown (median of ${runs} reloads); first open after upgrading = navigation start to all listed, once, right after the records were written without list entries (polled, ±50 ms); search = input event to the results rendered and laid out (microtask render, a task, forced layout; paint excluded) for each keystroke typing then deleting ${queries.map((q) => `"${q}"`).join(', ')}; export = click to the file handed to the browser (reading the library, building the file and Blob); import = file chosen to the list showing every digest of the exported backup (median of ${Math.min(runs, 2)}); heap = CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage.`,
      ],
    };
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

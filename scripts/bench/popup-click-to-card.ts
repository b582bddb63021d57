// Part 3: the built extension in headless Chromium, from the toolbar click to the card on screen,
// for each shared fixture and a long synthetic page; p50 and p95 over repeated clicks on the same
// loaded tab (after warm-up clicks, so the figures are the steady state a reader meets).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { startFixtureServer } from '../../tests/e2e/harness/fixture-server';
import { ms, type BenchRow, type PartResult } from './bench-result';
import { servePages } from './page-server';
import { PopupTimer, type ClickTiming } from './popup-timing';
import { median, percentile } from './stats';

export const POPUP_TARGET_MS = 150;

export interface PopupOptions {
  /** Clicks timed per page. Default 20. */
  runs?: number;
  /** Untimed clicks first. Default 2. */
  warmups?: number;
  /** Extra pages to time besides the fixtures, by name (e.g. "50k words"). */
  extraPages?: ReadonlyMap<string, string>;
  /** Time only these fixtures (default: all). */
  fixtures?: readonly string[];
  /** How long each popup is left alone before it is read (see popup-timing.ts). Default 1500. */
  quietMs?: number;
  /** Also time this many clicks (after one warm-up) on the first page with the icon left unpinned, and with a static popup (the floor). */
  contextRuns?: number;
}

async function timeClicks(url: string, runs: number, launch: Parameters<typeof launchExtensionBrowser>[0], quietMs?: number, pauseMs?: number): Promise<ClickTiming[]> {
  const browser = await launchExtensionBrowser(launch);
  try {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    return (await timePage(PopupTimer.start(browser), tab, runs, 1, quietMs, pauseMs)).timings;
  } finally {
    await browser.close();
  }
}

/**
 * An extension whose popup is one static title (no script, nothing read): what Chromium alone
 * takes from the click to the title's paint, the floor under any popup's figure.
 */
function writeStaticPopupExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-digest-floor-'));
  const manifest = { manifest_version: 3, name: 'Static popup', version: '1', action: { default_popup: 'popup.html' }, background: { service_worker: 'worker.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '// A worker only so the harness sees the extension start.\n');
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Static</title><body style="width:400px;min-height:600px">' +
      '<h1 class="card-title" elementtiming="card-title">A static title</h1><p>No script runs here.</p></body></html>',
  );
  return dir;
}

interface PageResult {
  name: string;
  fixture: boolean;
  /** The page's first click, warm-up included (for the first page: a just-started browser). */
  first: ClickTiming;
  timings: ClickTiming[];
}

async function timePage(timer: PopupTimer, page: Page, runs: number, warmups: number, quietMs?: number, pauseMs = 0): Promise<{ first: ClickTiming; timings: ClickTiming[] }> {
  const clicks: ClickTiming[] = [];
  while (clicks.length < warmups + runs) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    clicks.push(await timer.clickToCard(page, { quietMs }));
  }
  const [first] = clicks;
  if (!first) throw new Error('No click was timed (runs + warmups must be ≥ 1)');
  return { first, timings: clicks.slice(warmups) };
}

export async function runPopupBench(options: PopupOptions = {}): Promise<PartResult> {
  const runs = options.runs ?? 20;
  const warmups = options.warmups ?? 2;
  const [browser, fixtures, extra] = await Promise.all([launchExtensionBrowser(), startFixtureServer(), servePages(options.extraPages ?? new Map())]);
  const results: PageResult[] = [];
  let context: { name: string; unpinned: ClickTiming[]; floor: ClickTiming[] } | undefined;
  try {
    const timer = PopupTimer.start(browser);
    const pages = [
      ...(options.fixtures ?? fixtures.fixtures).map((name) => ({ name, url: fixtures.urlOf(name), fixture: true })),
      ...[...(options.extraPages?.keys() ?? [])].map((name) => ({ name, url: extra.urlOf(name), fixture: false })),
    ];
    for (const { name, url, fixture } of pages) {
      const tab = await browser.context.newPage();
      await tab.goto(url);
      const timed = await timePage(timer, tab, runs, warmups, options.quietMs).catch((error: unknown) => {
        throw new Error(`click to card on ${name} (${url}) failed`, { cause: error });
      });
      results.push({ name, fixture, ...timed });
      await tab.close();
    }
    const [firstFixture] = pages;
    if (options.contextRuns && firstFixture) {
      // An unpinned icon stays on the toolbar a moment after its popup closes: wait it back into the menu.
      const unpinnedTimings = await timeClicks(firstFixture.url, options.contextRuns, { pinned: false }, options.quietMs, 1000);
      const floorDir = writeStaticPopupExtension();
      try {
        context = {
          name: firstFixture.name,
          unpinned: unpinnedTimings,
          floor: await timeClicks(firstFixture.url, options.contextRuns, { extensionDir: floorDir }, options.quietMs),
        };
      } finally {
        rmSync(floorDir, { recursive: true, force: true });
      }
    }
  } finally {
    await Promise.all([browser.close(), fixtures.close(), extra.close()]);
  }
  const part = '3 click to card (browser)';
  const rows: BenchRow[] = results.map((result) => {
    const totals = result.timings.map((t) => t.totalMs);
    const p50 = median(totals);
    const row: BenchRow = {
      part,
      measure: `${result.name}: p50 / p95`,
      value: `${ms(p50)} / ${ms(percentile(totals, 95))} (popup opens ${ms(median(result.timings.map((t) => t.openMs)))}, scripts load ${ms(median(result.timings.map((t) => t.loadMs)))})`,
    };
    return result.fixture ? { ...row, target: `p50 ≤ ${POPUP_TARGET_MS} ms`, met: p50 <= POPUP_TARGET_MS } : row;
  });
  const [firstPage] = results;
  if (firstPage && warmups > 0) {
    rows.push({ part, measure: `first click after the browser starts (${firstPage.name})`, value: ms(firstPage.first.totalMs) });
  }
  if (context) {
    const { name, unpinned, floor } = context;
    rows.push({ part, measure: `icon not pinned (${name}), p50 of ${unpinned.length}`, value: `${ms(median(unpinned.map((t) => t.totalMs)))} (popup opens ${ms(median(unpinned.map((t) => t.openMs)))})` });
    rows.push({ part, measure: `floor: a static popup, no script (on ${name}), p50 of ${floor.length}`, value: ms(median(floor.map((t) => t.totalMs))) });
  }
  return {
    rows,
    notes: [
      `Part 3: the production build (.output/chrome-mv3) in headless Debian Chromium with its icon pinned to the toolbar (as a reader who uses it has it), a real toolbar click (CDP Extensions.triggerAction) on an open tab; ${runs} timed clicks per page after ${warmups} warm-up click(s). Timed from sending triggerAction to the paint of the card title (its Element Timing entry); the popup is left alone for ${options.quietMs ?? 1500} ms before that entry is read, so no debugger slows it while it loads. "popup opens" is click → the popup document's time origin; "scripts load" is the popup's DOMContentLoaded; the page is read and digested meanwhile (popup-early.js starts it before the popup's modules have loaded). The first click after the browser starts also starts the extension's service worker and compiles its code. An icon left in the extensions menu is first animated onto the toolbar by Chromium before the popup opens. The floor is an extension whose popup is a static title, clicked the same way: Chromium's own share of every figure above.`,
    ],
  };
}

// Part 3: the built extension in headless Chromium, from the toolbar click to the card on screen,
// for each shared fixture and a long synthetic page; p50 and p95 over repeated clicks on the same
// loaded tab (after warm-up clicks, so the figures are the steady state a reader meets).
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
  /** Also time this many clicks (after one warm-up) with the icon left unpinned, on the first page. */
  unpinnedRuns?: number;
}

async function timeUnpinned(url: string, runs: number, quietMs?: number): Promise<ClickTiming[]> {
  const browser = await launchExtensionBrowser({ pinned: false });
  try {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    // An unpinned icon stays on the toolbar for a moment after its popup closes: wait it back into the menu.
    return (await timePage(PopupTimer.start(browser), tab, runs, 1, quietMs, 1000)).timings;
  } finally {
    await browser.close();
  }
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
  let unpinned: { name: string; timings: ClickTiming[] } | undefined;
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
    if (options.unpinnedRuns && firstFixture) unpinned = { name: firstFixture.name, timings: await timeUnpinned(firstFixture.url, options.unpinnedRuns, options.quietMs) };
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
  if (unpinned) rows.push({ part, measure: `icon not pinned (${unpinned.name}), p50 of ${unpinned.timings.length}`, value: `${ms(median(unpinned.timings.map((t) => t.totalMs)))} (popup opens ${ms(median(unpinned.timings.map((t) => t.openMs)))})` });
  return {
    rows,
    notes: [
      `Part 3: the production build (.output/chrome-mv3) in headless Debian Chromium with its icon pinned to the toolbar (as a reader who uses it has it), a real toolbar click (CDP Extensions.triggerAction) on an open tab; ${runs} timed clicks per page after ${warmups} warm-up click(s). Timed from sending triggerAction to the paint of the card title (its Element Timing entry); the popup is left alone for ${options.quietMs ?? 1500} ms before that entry is read, so no debugger slows it while it loads. "popup opens" is click → the popup document's time origin; "scripts load" is the popup's DOMContentLoaded; the page is read and digested meanwhile (popup-early.js starts it before the popup's modules have loaded). The first click after the browser starts also starts the extension's service worker and compiles its code. An icon left in the extensions menu is first animated onto the toolbar by Chromium before the popup opens.`,
    ],
  };
}

// A real toolbar click on each fixture page shows the right card; its Markdown equals the CLI's;
// Save puts it in the library; browser pages and pages with no article get their messages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArtifact } from './harness/artifacts';
import { clickToolbar, launchExtensionBrowser, openLibrary, openPopupAsTab, type ExtensionBrowser } from './harness/extension-browser';
import { listFixtures, startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousAxeViolations } from './harness/run-axe';
import { runCli, type CliRecord } from './harness/run-cli';
import { obsidianNewUrl } from '../../lib/obsidian/obsidian-new-url';
import { defaultObsidianSettings } from '../../lib/obsidian/obsidian-settings';

const NOW = new Date('2026-11-21T09:30:00.000Z');

interface Expected {
  record: CliRecord;
  markdown: string;
  /** The fixture's own *.expect.json (see tests/fixtures/README.md). */
  fixture: { title: string; coverage: 'full' | 'partial'; audienceAnyOf?: string[] };
}

/** The fixtures README compares after folding typographic quotes and dashes. */
const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

let browser: ExtensionBrowser;
let server: FixtureServer;
const expected = new Map<string, Expected>();

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await Promise.all(
    server.fixtures.map(async (fixture) => {
      const args = ['--url', server.urlOf(fixture), '--now', NOW.toISOString(), server.fileOf(fixture)];
      const [json, markdown] = await Promise.all([runCli(['--format', 'json', ...args]), runCli(['--format', 'md', ...args])]);
      const expectations = JSON.parse(readFileSync(server.fileOf(fixture).replace(/\.html$/, '.expect.json'), 'utf8')) as Expected['fixture'];
      expected.set(fixture, { record: JSON.parse(json) as CliRecord, markdown, fixture: expectations });
    }),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('toolbar click on a fixture page', () => {
  it.each(listFixtures())(
    '%s: card, Markdown, save, library',
    async (fixture) => {
      const { record, markdown, fixture: expectations } = expected.get(fixture)!;
      expect(record.ok).toBe(true);
      const page = await openPage(server.urlOf(fixture));

      // The real popup, opened by the click: it shows the card for this page.
      const popup = await clickToolbar(browser, page);
      const shownTitle = await popup.waitFor<string>("document.querySelector('.card-title')?.textContent");
      expect(shownTitle).toBe(record.article.title);
      const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
      writeArtifact(`popup-${fixture}.png`, await popup.screenshot());
      await popup.close();

      // The same popup page in a tab, with the clock fixed, for the detailed checks.
      const view = await openPopupAsTab(browser, tabId, NOW);
      await view.locator('.card-title').waitFor();
      expect(await view.locator('.card-title').textContent()).toBe(record.article.title);
      expect(await view.locator('.summary').textContent()).toBe(record.digest.summary);
      expect(await view.locator('[data-section="key-takeaway"] .item-text').textContent()).toBe(record.digest.keyTakeaway.text);
      expect(await texts(view, '[data-section="key-insights"] .item-text')).toEqual(record.digest.keyInsights.map((i) => i.text));
      expect(await texts(view, '[data-section="principles"] .item-text')).toEqual(record.digest.principles.map((i) => i.text));
      expect(await texts(view, '[data-section="method"] .item-text')).toEqual(record.digest.method ? [record.digest.method.text] : []);
      expect(await texts(view, '[data-section="in-practice"] .item-text')).toEqual(record.digest.inPractice.map((i) => i.text));
      expect(await texts(view, '[data-section="topics"] .chip')).toEqual(record.digest.topics);
      expect(await texts(view, '[data-section="audience"] .chip')).toEqual(record.digest.audience);
      // …and what the fixture itself says the card must show.
      expect(fold(record.article.title)).toBe(fold(expectations.title));
      if (expectations.audienceAnyOf) expect(record.digest.audience.some((a) => expectations.audienceAnyOf!.includes(a))).toBe(true);
      expect(await view.locator('.coverage .badge').count()).toBe(expectations.coverage === 'partial' ? 1 : 0);
      for (const href of await view.locator('.quote-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*#:~:text=/);
      }

      // Download .md gives exactly what the CLI prints (the CLI adds one newline at the end).
      const [download] = await Promise.all([view.waitForEvent('download'), view.getByRole('button', { name: 'Download .md' }).click()]);
      const downloaded = readFileSync((await download.path())!, 'utf8');
      expect(`${downloaded}\n`).toBe(markdown);
      await view.getByRole('button', { name: 'Copy Markdown' }).click();
      await view.getByText('Markdown copied.').waitFor();
      expect(`${await view.evaluate(() => navigator.clipboard.readText())}\n`).toBe(markdown);
      // Send to Obsidian: the same note on the clipboard, then obsidian://new for it (default settings).
      await view.evaluate(() => navigator.clipboard.writeText(''));
      await view.getByRole('button', { name: 'Send to Obsidian' }).click();
      await view.getByText('Note copied; opening Obsidian…').waitFor();
      expect(`${await view.evaluate(() => navigator.clipboard.readText())}\n`).toBe(markdown);
      expect(await view.locator('#action-notice a').getAttribute('href')).toBe(obsidianNewUrl(record.article.title, defaultObsidianSettings()));

      await view.getByRole('button', { name: 'Save', exact: true }).click();
      await view.getByText('Saved to your library.').waitFor();
      // Open library, from a saved card, opens the library at that card.
      const [opened] = await Promise.all([browser.context.waitForEvent('page'), view.getByRole('button', { name: 'Open library' }).click()]);
      await opened.locator('.card-title').waitFor();
      expect(await opened.locator('.card-title').textContent()).toBe(record.article.title);
      await Promise.all([opened.close(), view.close()]);

      // The library, after a reload, lists it first (newest first) and search finds it.
      const library = await openLibrary(browser);
      await library.reload();
      const entry = library.locator('.entry-title').first();
      await entry.waitFor();
      expect(await entry.textContent()).toBe(record.article.title);
      const search = library.getByRole('searchbox', { name: 'Search' });
      await search.fill(record.article.title.split(/\s+/).slice(-2).join(' '));
      await entry.waitFor();
      await search.fill('no-such-words-anywhere');
      await library.getByText('No saved digest matches.').waitFor();
      await library.close();
      await page.close();
    },
  );
});

describe('other ways in', () => {
  it('the context menu has "Digest this page"', async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    // update() rejects for an id that was never created.
    expect(await worker.evaluate(() => chrome.contextMenus.update('digest-page', {}).then(() => 'exists'))).toBe('exists');
  });
});

describe('pages that are not articles', () => {
  it('a chrome:// page says it is a browser page', async () => {
    const page = await openPage('chrome://version/');
    const popup = await clickToolbar(browser, page);
    expect(await popup.waitFor<string>("document.querySelector('.status:not(.status-loading) .status-title')?.textContent")).toBe('This is a browser page');
    await popup.close();
    await page.close();
  });

  it('a page still loading: the popup waits for it, then shows the card', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/slow/`, { waitUntil: 'commit' });
    const popup = await clickToolbar(browser, page);
    const waiting = "[...document.querySelectorAll('.status-title')].map((h) => h.textContent).find((t) => t !== 'Reading the page…')";
    expect(await popup.waitFor<string>(waiting)).toBe('Waiting for the page to finish loading…');
    expect(await popup.waitFor<string>("document.querySelector('.card-title')?.textContent", 10_000)).toBeTruthy();
    await popup.close();
    await page.close();
  });

  it('a page with no article says so', async () => {
    const page = await openPage(`${server.origin}/no-article/`);
    const popup = await clickToolbar(browser, page);
    expect(await popup.waitFor<string>("document.querySelector('.status:not(.status-loading) .status-title')?.textContent")).toBe('No article found on this page');
    writeArtifact('popup-no-article.png', await popup.screenshot());
    await popup.close();
    await page.close();
  });

  it("a site's page-not-found says it is an error page, not an article", async () => {
    const page = await openPage(`${server.origin}/not-found/`);
    const popup = await clickToolbar(browser, page);
    expect(await popup.waitFor<string>("document.querySelector('.status:not(.status-loading) .status-title')?.textContent")).toBe('No article found on this page');
    expect(await popup.waitFor<string>("document.querySelector('.status')?.textContent")).toContain('This looks like an error page');
    await popup.close();
    await page.close();
  });
});

describe('accessibility of the popup', () => {
  it.each(['light', 'dark'] as const)('axe finds no serious or critical violation (%s)', async (colorScheme) => {
    const page = await openPage(server.urlOf('stratechery--amazon-durability-paywalled'));
    const popup = await clickToolbar(browser, page);
    const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
    await popup.close();
    const view = await openPopupAsTab(browser, tabId);
    await view.emulateMedia({ colorScheme });
    await view.locator('.card-title').waitFor();
    writeArtifact(`popup-paywalled-${colorScheme}.png`, await view.screenshot());
    expect(await seriousAxeViolations(view)).toEqual([]);

    // Keyboard: Tab reaches every action, and the focused control shows a visible outline.
    const reached: string[] = [];
    // Quote links and chips come first: each is a stop too.
    for (let i = 0; i < 80 && !reached.includes('Open library'); i++) {
      await view.keyboard.press('Tab');
      reached.push(await view.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining([expect.stringMatching(/^Save/), 'Copy Markdown', 'Download .md', 'Send to Obsidian', 'Open library']));
    expect(await view.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await view.close();
    await page.close();
  });
});

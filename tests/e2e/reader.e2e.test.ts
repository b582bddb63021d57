// For every reader: the popup, library and settings in the browser's language (German here,
// Chromium launched in it), the popup from the keyboard (Save on the second Tab, single-key
// shortcuts, focus never under the action bar), at any width (300 to 800 px, and a 1280 px tab),
// with the title, the takeaway and the summary's start on the first screen.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArtifact } from './harness/artifacts';
import { clickToolbar, launchExtensionBrowser, openLibrary, openPopupAsTab, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { clippedElements, columnOf } from './harness/layout-checks';
import { seriousAxeViolations } from './harness/run-axe';
import { runCli } from './harness/run-cli';

const NOW = new Date('2026-11-21T09:30:00.000Z');
const PAYWALLED = 'stratechery--amazon-durability-paywalled';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** Clicks the toolbar on the fixture's page; returns the page, and the tab id the popup digested. */
async function digestTab(browser: ExtensionBrowser, fixture: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.urlOf(fixture));
  const popup = await clickToolbar(browser, page);
  await popup.waitFor("document.querySelector('.card-title')?.textContent");
  const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
  await popup.close();
  return { page, tabId };
}

/** The popup page in a tab of `width` × `height`, its card shown. */
async function popupAt(browser: ExtensionBrowser, tabId: number, width: number, height = 600): Promise<Page> {
  const view = await openPopupAsTab(browser, tabId, NOW);
  await view.setViewportSize({ width, height });
  await view.locator('.card-title').waitFor();
  return view;
}

describe('in a German browser', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ locale: 'de' });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the popup speaks German, and its Markdown is the CLI’s with --lang de', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.urlOf(PAYWALLED));
    const popup = await clickToolbar(browser, page);
    await popup.waitFor("document.querySelector('.card-title')?.textContent");
    const shown = await popup.evaluate<{ lang: string; headings: string[]; buttons: string[]; badge: string; reason: string }>(`({
      lang: document.documentElement.lang,
      headings: [...document.querySelectorAll('.card-section h2')].map((h) => h.textContent),
      buttons: [...document.querySelectorAll('.card-actions button')].map((b) => b.textContent),
      badge: document.querySelector('.coverage .badge').textContent,
      reason: document.querySelector('.coverage-reason').textContent,
    })`);
    writeArtifact('popup-de.png', await popup.screenshot());
    expect(shown.lang).toBe('de');
    expect(shown.headings.slice(0, 2)).toEqual(['Kernaussage', 'Zusammenfassung']);
    expect(shown.headings).toContain('Ideal für');
    expect(shown.buttons).toEqual(['Speichern', 'Markdown kopieren', '.md herunterladen', 'An Obsidian senden', 'Bibliothek öffnen']);
    expect(shown.badge).toMatch(/^Nur Vorschau: \d+ Wörter sichtbar$/);
    expect(shown.reason).toMatch(/^Artikel für Abonnenten: Der Digest umfasst die ersten \d+ Wörter$/);
    const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
    await popup.close();

    const view = await popupAt(browser, tabId, 400);
    const markdown = await runCli(['--lang', 'de', '--url', server.urlOf(PAYWALLED), '--now', NOW.toISOString(), server.fileOf(PAYWALLED)]);
    await view.getByRole('button', { name: 'Markdown kopieren' }).click();
    await view.getByText('Markdown kopiert.').waitFor();
    expect(`${await view.evaluate(() => navigator.clipboard.readText())}\n`).toBe(markdown);
    expect(markdown).toContain('\n## Zusammenfassung\n');
    await view.getByRole('button', { name: 'Speichern', exact: true }).click();
    await view.getByText('In Ihrer Bibliothek gespeichert.').waitFor();
    expect(await clippedElements(view)).toEqual([]);
    await view.setViewportSize({ width: 300, height: 600 });
    writeArtifact('popup-de-300.png', await view.screenshot());
    expect(await clippedElements(view)).toEqual([]);
    await Promise.all([view.close(), page.close()]);
  });

  it.each(['light', 'dark'] as const)('axe finds no serious or critical violation in the German popup (%s)', async (colorScheme) => {
    const { page, tabId } = await digestTab(browser, PAYWALLED);
    const view = await popupAt(browser, tabId, 400);
    await view.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(view)).toEqual([]);
    await Promise.all([view.close(), page.close()]);
  });

  it('the library and the settings speak German', async () => {
    const library = await openLibrary(browser);
    await library.getByRole('heading', { name: 'Article-Digest-Bibliothek' }).waitFor();
    expect(await library.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['de', 'Bibliothek – Article Digest']);
    await library.locator('.library-count', { hasText: /gespeichert/ }).waitFor();
    await library.getByRole('searchbox', { name: 'Suchen' }).fill('Amazon');
    await library.locator('.entry-title button').first().click();
    await library.getByRole('button', { name: '← Alle Digests' }).waitFor();
    expect(await library.locator('.opened .card-section h3').first().textContent()).toBe('Kernaussage');
    const [options] = await Promise.all([browser.context.waitForEvent('page'), library.getByRole('button', { name: 'Einstellungen' }).click()]);
    await options.getByRole('heading', { name: 'Einstellungen von Article Digest' }).waitFor();
    expect(await options.locator('legend').first().textContent()).toBe('Digest-Engine');
    await Promise.all([options.close(), library.close()]);
  });
});

describe('in an English browser: the keyboard and any width', () => {
  let browser: ExtensionBrowser;
  let markdown: string;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    markdown = await runCli(['--url', server.urlOf(PAYWALLED), '--now', NOW.toISOString(), server.fileOf(PAYWALLED)]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('after the click, Save is the second Tab stop of the real popup, and S saves', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.urlOf(PAYWALLED));
    const popup = await clickToolbar(browser, page);
    await popup.waitFor("document.querySelector('.card-title')?.textContent");
    const focused = async () => popup.evaluate<string>("document.activeElement?.textContent?.trim() ?? ''");
    await popup.press('Tab');
    const first = await focused();
    await popup.press('Tab');
    expect([first, await focused()]).toEqual([expect.stringContaining('Durability'), 'Save']);
    await popup.press('s');
    expect(await popup.waitFor<string>("document.querySelector('#action-notice')?.textContent")).toMatch(/^(Saved to|Updated in) your library\.$/);
    await popup.close();
    await page.close();
  });

  it('each shortcut works, named in its tooltip; none fires while typing in a field', async () => {
    const { page, tabId } = await digestTab(browser, PAYWALLED);
    const view = await popupAt(browser, tabId, 400);
    const notice = view.locator('#action-notice');
    expect(await view.locator('.card-actions button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('title')))).toEqual([
      expect.stringMatching(/^Saved? .*\(key: S\)$/),
      'Copy Markdown (key: C)',
      'Download .md (key: D)',
      'Send to Obsidian (key: O)',
      'Open library (key: L)',
    ]);

    // Typing in a field is typing: the page gets one for the test.
    await view.evaluate(() => document.body.append(Object.assign(document.createElement('input'), { id: 'typing' })));
    await view.locator('#typing').pressSequentially('scdol');
    expect(await notice.textContent()).toBe('');
    await view.locator('#typing').blur();

    await view.keyboard.press('c');
    await notice.filter({ hasText: 'Markdown copied.' }).waitFor();
    expect(`${await view.evaluate(() => navigator.clipboard.readText())}\n`).toBe(markdown);
    const [download] = await Promise.all([view.waitForEvent('download'), view.keyboard.press('d')]);
    expect(`${readFileSync((await download.path())!, 'utf8')}\n`).toBe(markdown);
    await view.keyboard.press('o');
    await notice.filter({ hasText: 'Note copied; opening Obsidian…' }).waitFor();
    await view.keyboard.press('s');
    await notice.filter({ hasText: /your library\.$/ }).waitFor();
    const [library] = await Promise.all([browser.context.waitForEvent('page'), view.keyboard.press('l')]);
    await library.locator('.card-title').waitFor();
    await Promise.all([library.close(), view.close(), page.close()]);
  });

  it('the action bar never covers the focused element', async () => {
    const { page, tabId } = await digestTab(browser, 'stratechery--amazon-durability');
    const view = await popupAt(browser, tabId, 400);
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await view.keyboard.press('Tab');
      const focus = await view.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const box = element.getBoundingClientRect();
        const bar = document.querySelector('.card-actions')!.getBoundingClientRect();
        return {
          text: (element.textContent ?? '').trim().slice(0, 30),
          inBar: element.closest('.card-actions') !== null,
          covered: box.bottom > bar.top + 0.5 && box.top < bar.bottom,
          inView: box.top >= 0 && box.bottom <= innerHeight,
        };
      });
      if (!focus) break;
      seen.push(focus.text);
      if (!focus.inBar) expect(focus, `Tab ${i + 1}`).toMatchObject({ covered: false, inView: true });
      if (focus.text === 'Settings') break;
    }
    // The walk went past the bar and through every link of the card to the end.
    const links = await view.locator('.quote-link').count();
    expect(links).toBeGreaterThan(2);
    expect(seen.filter((text) => text.startsWith('source')).length).toBe(links);
    expect(seen.at(-1)).toBe('Settings');
    await Promise.all([view.close(), page.close()]);
  });

  it.each(['fourweekmba--vertical-integration', 'stratechery--amazon-durability', PAYWALLED])(
    '%s: the first screen shows the title, the takeaway and the summary’s start',
    async (fixture) => {
      const { page, tabId } = await digestTab(browser, fixture);
      const view = await popupAt(browser, tabId, 400, 600);
      const screen = await view.evaluate(() => {
        const bar = document.querySelector('.card-actions')!.getBoundingClientRect().top;
        const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
        const summary = document.querySelector('.summary')!;
        const firstLine = summary.getBoundingClientRect().top + parseFloat(getComputedStyle(summary).lineHeight);
        return { bar, title: bottom('.card-title'), takeaway: bottom('.takeaway'), summaryFirstLine: firstLine };
      });
      expect(screen.title).toBeLessThanOrEqual(screen.bar);
      expect(screen.takeaway).toBeLessThanOrEqual(screen.bar);
      expect(screen.summaryFirstLine).toBeLessThanOrEqual(screen.bar);
      await Promise.all([view.close(), page.close()]);
    },
  );

  it('the popup reflows from 300 to 800 px with nothing cut, and a 1280 px tab reads as a centred column', async () => {
    const { page, tabId } = await digestTab(browser, PAYWALLED);
    for (const width of [300, 360, 400, 600, 800, 1280]) {
      const view = await popupAt(browser, tabId, width, width === 1280 ? 900 : 600);
      writeArtifact(`popup-${width}px.png`, await view.screenshot({ fullPage: width === 300 }));
      expect(await clippedElements(view), `${width} px`).toEqual([]);
      if (width >= 600) {
        const column = await columnOf(view, '.popup-card');
        expect(Math.abs(column.left - column.right), `${width} px`).toBeLessThanOrEqual(1);
        expect(column.width).toBeLessThanOrEqual(42 * 14 + 1);
      }
      if (width === 300) expect(await seriousAxeViolations(view)).toEqual([]);
      await view.close();
    }
    await page.close();
  });

  it('the library’s opened card reads as a centred column in a 1280 px tab, nothing cut', async () => {
    const library = await openLibrary(browser);
    await library.setViewportSize({ width: 1280, height: 900 });
    await library.locator('.entry-title button').first().click();
    await library.locator('.opened .card-title').waitFor();
    writeArtifact('library-card-1280px.png', await library.screenshot());
    expect(await clippedElements(library)).toEqual([]);
    const column = await columnOf(library, '.opened');
    expect(Math.abs(column.left - column.right)).toBeLessThanOrEqual(1);
    expect(column.width).toBeLessThanOrEqual(46 * 14 + 1);
    await library.setViewportSize({ width: 320, height: 700 });
    expect(await clippedElements(library)).toEqual([]);
    await library.close();
  });
});

// The Firefox build (.output/firefox-mv2, Manifest V2) in Debian's Firefox ESR, driven over
// WebDriver BiDi: the toolbar button clicked as the mouse does (Firefox grants activeTab and opens
// the real popup), the card against the CLI, the popup's buttons (Download .md, Copy Markdown,
// Save, Open library, Settings), the context menu, Alt+Shift+D, the popup page in a tab, pages
// that are not articles (a PDF in Firefox's viewer among them), the library (search, open,
// filters, delete and undo, both exports, import into a fresh profile), and the options page
// saving an AI endpoint whose origin Firefox asks the user for (the prompt accepted as a user
// does). How Firefox is driven: harness/firefox-browser.ts and harness/firefox-popup.ts.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAiServer, type FakeAiServer } from '../helpers/fake-ai-server';
import { writeArtifact } from './harness/artifacts';
import { listFixtures, startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { download, launchFirefox, openExtensionPage, openTab, readClipboard, reload, waitForTab, type FirefoxBrowser } from './harness/firefox-browser';
import { clickToolbar, closePopups, openedPopup, openPopupAsTab, pressShortcut, type FirefoxPopup } from './harness/firefox-popup';
import { byText, clickButton, textOf, textsOf } from './harness/page-text';
import { servePdf } from './harness/pdf-server';
import { runCli, type CliRecord } from './harness/run-cli';
import { localDay } from '../../lib/markdown/front-matter';

interface Expected {
  record: CliRecord;
  markdown: string;
  coverage: 'full' | 'partial';
}

let firefox: FirefoxBrowser;
let server: FixtureServer;
const expected = new Map<string, Expected>();
const others: FirefoxBrowser[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  // The CLI's answers are computed while Firefox starts.
  const cli = server.fixtures.map(async (fixture) => {
    const args = ['--url', server.urlOf(fixture), server.fileOf(fixture)];
    const [json, markdown] = await Promise.all([runCli(['--format', 'json', ...args]), runCli(['--format', 'md', ...args])]);
    const { coverage } = JSON.parse(readFileSync(server.fileOf(fixture).replace(/\.html$/, '.expect.json'), 'utf8')) as { coverage: Expected['coverage'] };
    expected.set(fixture, { record: JSON.parse(json) as CliRecord, markdown, coverage });
  });
  [firefox] = await Promise.all([launchFirefox(), ...cli]);
}, 120_000);

afterAll(async () => {
  await Promise.all([firefox?.close(), server?.close(), ...others.map((other) => other.close())]);
});

/**
 * Markdown with its `created:` day set aside: BiDi cannot fix an extension page's clock (its
 * preload scripts do not run there), so the day is checked on its own.
 */
function splitCreatedDay(markdown: string): { created: string | undefined; rest: string } {
  return { created: /^created: (.+)$/m.exec(markdown)?.[1], rest: markdown.replace(/^created: .+$/m, 'created: …') };
}

/** The Markdown the extension gave equals the CLI's, its `created:` the reader's day between `from` and now. */
function expectSameMarkdown(actual: string, cli: string, from: number): void {
  const shown = splitCreatedDay(`${actual}\n`);
  expect(shown.rest).toBe(splitCreatedDay(cli).rest);
  expect([localDay(new Date(from).toISOString()), localDay(new Date().toISOString())]).toContain(shown.created);
}

/** Clicks the toolbar button on a fresh tab showing `url`; returns the tab and the popup. */
async function clickOn(url: string): Promise<{ page: Page; popup: FirefoxPopup }> {
  const page = await openTab(firefox, url);
  return { page, popup: await clickToolbar(firefox, page) };
}

const popupStatus = (popup: FirefoxPopup) => popup.waitFor((document) => document.querySelector('.status:not(.status-loading) .status-title')?.textContent);

describe('Firefox: toolbar click on a fixture page', () => {
  it.each(listFixtures())('%s: card, Markdown, copy, save, library', async (fixture) => {
    const { record, markdown, coverage } = expected.get(fixture)!;
    expect(record.ok).toBe(true);
    const started = Date.now();

    // The real popup, opened by the click: it shows the card for this page.
    const { page, popup } = await clickOn(server.urlOf(fixture));
    expect(await popup.waitFor((document) => document.querySelector('.card-title')?.textContent)).toBe(record.article.title);
    const card = await popup.evaluate((document) => {
      const texts = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
      return {
        summary: document.querySelector('.summary')?.textContent,
        keyTakeaway: document.querySelector('[data-section="key-takeaway"] .item-text')?.textContent,
        keyInsights: texts('[data-section="key-insights"] .item-text'),
        principles: texts('[data-section="principles"] .item-text'),
        method: texts('[data-section="method"] .item-text'),
        inPractice: texts('[data-section="in-practice"] .item-text'),
        topics: texts('[data-section="topics"] .chip'),
        audience: texts('[data-section="audience"] .chip'),
        badges: document.querySelectorAll('.coverage .badge').length,
        links: [...document.querySelectorAll('.quote-link')].map((a) => a.getAttribute('href') ?? ''),
      };
    });
    const { digest } = record;
    expect(card).toEqual({
      summary: digest.summary,
      keyTakeaway: digest.keyTakeaway.text,
      keyInsights: digest.keyInsights.map((i) => i.text),
      principles: digest.principles.map((i) => i.text),
      method: digest.method ? [digest.method.text] : [],
      inPractice: digest.inPractice.map((i) => i.text),
      topics: digest.topics,
      audience: digest.audience,
      badges: coverage === 'partial' ? 1 : 0,
      links: card?.links.map(() => expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/.*#:~:text=/)),
    });
    // The card scrolls up and down in the popup's 600 px, never sideways (Firefox sizes the popup
    // to the page, and a scrollbar that takes room must not push the card out of it).
    expect(await popup.evaluate((document) => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    writeArtifact(`firefox-popup-${fixture}.png`, await popup.screenshot());

    // The popup's buttons, clicked with the mouse: Download .md and Copy Markdown give what the CLI prints.
    const file = await download(firefox, () => popup.click('Download .md'));
    expect(file.name).toMatch(/\.md$/);
    expectSameMarkdown(readFileSync(file.path, 'utf8'), markdown, started);
    await popup.click('Copy Markdown');
    expect(await popup.waitFor((document) => document.querySelector('#action-notice')?.textContent === 'Markdown copied.')).toBe(true);
    expectSameMarkdown(await readClipboard(firefox), markdown, started);

    // Save, then Open library opens the library at that card (and the popup closes).
    await popup.click('Save');
    expect(await popup.waitFor((document) => document.querySelector('#action-notice')?.textContent === 'Saved to your library.')).toBe(true);
    await popup.click(/^Open library/);
    const opened = await waitForTab(firefox, `${firefox.extensionOrigin}/library.html#`);
    await byText(opened, '.card-title', record.article.title);
    expect(await popup.evaluate(() => true)).toBeUndefined();
    await opened.close();

    // The library, after a reload, lists it first (newest first) and search finds it.
    const library = await openExtensionPage(firefox, 'library.html');
    await reload(firefox, library);
    await byText(library, '.entry-title', record.article.title);
    expect((await textsOf(library, '.entry-title'))[0]).toBe(record.article.title);
    await search(library, record.article.title.split(/\s+/).slice(-2).join(' '));
    await byText(library, '.entry-title', record.article.title);
    await search(library, 'no-such-words-anywhere');
    await byText(library, '.empty', 'No saved digest matches.');
    await Promise.all([library.close(), page.close()]);
  });
});

async function search(library: Page, text: string): Promise<void> {
  const box = (await library.waitForSelector('input[type=search]'))!;
  await box.click({ count: 3 });
  await box.press('Backspace');
  await box.type(text);
}


/** Digests `url` by a toolbar click and presses Save in the popup; returns Save's notice. */
async function digestAndSave(url: string): Promise<string> {
  const { page, popup } = await clickOn(url);
  await popup.waitFor((document) => document.querySelector('.card-title')?.textContent);
  await popup.click(/^Save/);
  const notice = await popup.waitFor((document) => {
    const text = document.querySelector('#action-notice')?.textContent ?? '';
    return /library/.test(text) ? text : undefined;
  });
  await popup.close();
  await page.close();
  return notice;
}

describe('Firefox: other ways in', () => {
  const titleOf = (fixture: string) => expected.get(fixture)!.record.article.title;
  const cardTitle = (popup: FirefoxPopup) => popup.waitFor((document) => document.querySelector('.card-title')?.textContent);

  it('right-click → "Digest this page" opens the popup with the card', async () => {
    const fixture = server.fixtures[0]!;
    const page = await openTab(firefox, server.urlOf(fixture));
    await closePopups(firefox);
    await page.bringToFront();
    // A real right-click in the page (BiDi input): Firefox opens its context menu with ours in it.
    await page.mouse.click(200, 300, { button: 'right' });
    await firefox.chrome(`(async () => {
      const menu = document.getElementById('contentAreaContextMenu');
      for (let waited = 0; menu.state !== 'open'; waited += 50) {
        if (waited > 5000) throw new Error('The context menu did not open');
        await new Promise((r) => setTimeout(r, 50));
      }
      const item = [...menu.querySelectorAll('menuitem')].find((i) => i.getAttribute('label') === 'Digest this page');
      if (!item) throw new Error('The context menu has no "Digest this page"');
      menu.activateItem(item);
      return true;
    })()`);
    const popup = await openedPopup(firefox);
    expect(await cardTitle(popup)).toBe(titleOf(fixture));
    await popup.close();
    await page.close();
  });

  it('Alt+Shift+D opens the popup with the card', async () => {
    const fixture = server.fixtures[1]!;
    const page = await openTab(firefox, server.urlOf(fixture));
    await closePopups(firefox);
    await pressShortcut(firefox, page);
    const popup = await openedPopup(firefox);
    expect(await cardTitle(popup)).toBe(titleOf(fixture));
    await popup.close();
    await page.close();
  });

  it('the popup page in a tab, named for a clicked tab (the fallback where a browser cannot open the popup), shows its card', async () => {
    const fixture = server.fixtures[2]!;
    const { page, popup } = await clickOn(server.urlOf(fixture));
    const tabId = await popup.tabId();
    await popup.close();
    const view = await openPopupAsTab(firefox, tabId);
    await byText(view, '.card-title', titleOf(fixture));
    writeArtifact(`firefox-popup-tab-${fixture}.png`, Buffer.from(await view.screenshot()));
    await Promise.all([view.close(), page.close()]);
  });
});

describe('Firefox: pages that are not articles', () => {
  it('an about: page says it is a browser page', async () => {
    const { page, popup } = await clickOn('about:robots');
    expect(await popupStatus(popup)).toBe('This is a browser page');
    await popup.close();
    await page.close();
  });

  it("a PDF in Firefox's viewer says it is a PDF", async () => {
    // Served without .pdf in its address, so only the browser knows it is one: Firefox shows it
    // in pdf.js, whose page no extension may script, even with the click's grant.
    const pdf = await servePdf();
    const { page, popup } = await clickOn(pdf.url);
    expect(await popupStatus(popup)).toBe('This is not an HTML page');
    expect(await popup.evaluate((document) => document.querySelector('.status p')?.textContent)).toBe("This page is a PDF in the browser's PDF viewer, not an article page.");
    await popup.close();
    await Promise.all([page.close(), pdf.close()]);
  });

  it('a page with no article says so', async () => {
    const { page, popup } = await clickOn(`${server.origin}/no-article/`);
    expect(await popupStatus(popup)).toBe('No article found on this page');
    await popup.close();
    await page.close();
  });

  it('a page still loading: the popup waits for it, then shows the card', async () => {
    const page = await firefox.browser.newPage();
    // Not awaited: the server holds the page open for a while.
    const loading = page.goto(`${server.origin}/slow/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('p') !== null, { polling: 50 });
    const popup = await clickToolbar(firefox, page);
    expect(await popup.waitFor((document) => [...document.querySelectorAll('.status-title')].map((h) => h.textContent).find((t) => t !== 'Reading the page…'))).toBe(
      'Waiting for the page to finish loading…',
    );
    expect(await popup.waitFor((document) => document.querySelector('.card-title')?.textContent)).toBeTruthy();
    await loading;
    await popup.close();
    await page.close();
  });
});

describe('Firefox: library', () => {
  beforeAll(async () => {
    // The card tests above saved every fixture; when run alone, this saves them.
    const library = await openExtensionPage(firefox, 'library.html');
    const titles = await library.waitForFunction(() => (document.querySelector('.entry, .empty') ? [...document.querySelectorAll('.entry-title')].map((h) => h.textContent) : false)).then((h) => h.jsonValue() as Promise<string[]>);
    await library.close();
    for (const fixture of server.fixtures) {
      if (!titles.includes(expected.get(fixture)!.record.article.title)) await digestAndSave(server.urlOf(fixture));
    }
  }, 60_000);

  it('lists each saved page once; saving again updates it', async () => {
    const library = await openExtensionPage(firefox, 'library.html');
    await library.waitForSelector('.entry');
    expect(await textOf(library, '.library-count')).toBe(`${server.fixtures.length} saved digests`);
    expect(await digestAndSave(server.urlOf(server.fixtures[0]!))).toBe('Updated in your library.');
    await reload(firefox, library);
    await library.waitForSelector('.entry');
    expect((await library.$$('.entry')).length).toBe(server.fixtures.length);
    expect((await textsOf(library, '.entry-title'))[0]).toBe(expected.get(server.fixtures[0]!)!.record.article.title);
    await library.close();
  });

  it('opens a card, filters, deletes with undo', async () => {
    const library = await openExtensionPage(firefox, 'library.html');
    const first = (await library.waitForSelector('.entry-title button'))!;
    const title = (await first.evaluate((button) => button.textContent)) ?? '';
    await first.click();
    await byText(library, '.card-title', title);
    await clickButton(library, '← All digests');
    await library.waitForSelector('.entry');

    for (const label of ['Topic', 'Audience', 'Site']) {
      const select = await library.evaluateHandle((name) => {
        const labelled = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
        return labelled?.control ?? null;
      }, label);
      const element = select.asElement() as import('puppeteer-core').ElementHandle<HTMLSelectElement> | null;
      if (!element) throw new Error(`No ${label} filter`);
      const option = await element.evaluate((s) => s.options[1]?.value ?? '');
      await element.select(option);
      await library.waitForFunction(() => document.querySelectorAll('.entry').length > 0);
      await element.select('');
    }

    const before = (await library.$$('.entry')).length;
    await (await library.waitForSelector(`button[aria-label="Delete ${title.replace(/"/g, '\\"')}"]`))!.click();
    await byText(library, '.undo-bar p', `Deleted “${title}”.`);
    expect((await library.$$('.entry')).length).toBe(before - 1);
    await clickButton(library, 'Undo');
    await byText(library, '.entry-title', title);
    expect((await library.$$('.entry')).length).toBe(before);
    await library.close();
  });

  it('exports Markdown files, one per digest', async () => {
    const library = await openExtensionPage(firefox, 'library.html');
    await library.waitForSelector('.entry');
    const count = (await library.$$('.entry')).length;
    const zip = await download(firefox, () => clickButton(library, 'Export Markdown (.zip)'));
    expect(zip.name).toMatch(/^article-digest-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync(zip.path));
    expect(Object.keys(files)).toHaveLength(count);
    for (const bytes of Object.values(files)) expect(strFromU8(bytes)).toMatch(/^---\ntitle: /);
    await library.close();
  });

  it('a JSON backup imported into a fresh profile restores every digest exactly', async () => {
    const library = await openExtensionPage(firefox, 'library.html');
    await library.waitForSelector('.entry');
    const backup = await download(firefox, () => clickButton(library, 'Export backup (.json)'));
    const exported = JSON.parse(readFileSync(backup.path, 'utf8')) as { digests: unknown[] };
    expect(exported.digests).toHaveLength(server.fixtures.length);
    await library.close();

    const other = await launchFirefox();
    others.push(other);
    const empty = await openExtensionPage(other, 'library.html');
    await byText(empty, '.empty', /^Nothing saved yet\./);
    await (await empty.waitForSelector('input[type=file]'))!.uploadFile(backup.path);
    await byText(empty, '.banner p', `Imported ${exported.digests.length} digests.`);
    await reload(other, empty);
    await empty.waitForSelector('.entry');
    const restored = await download(other, () => clickButton(empty, 'Export backup (.json)'));
    expect((JSON.parse(readFileSync(restored.path, 'utf8')) as { digests: unknown[] }).digests).toEqual(exported.digests);

    // The same file again changes nothing, and says so.
    await (await empty.waitForSelector('input[type=file]'))!.uploadFile(backup.path);
    await byText(empty, '.banner p', `Imported 0 digests, skipped ${exported.digests.length}.`);
    await empty.close();
  });
});

describe('Firefox: options page and an AI endpoint', () => {
  const MODEL = 'fake-gpt';
  const SUMMARY = 'The model wrote this summary, in Firefox.';
  let ai: FakeAiServer;
  beforeAll(async () => {
    ai = await startFakeAiServer();
  });
  afterAll(async () => {
    await ai?.close();
  });

  it('Settings opens the options page; saving an endpoint asks Firefox for its origin; the card then comes from it', async () => {
    const fixture = server.fixtures[1]!;
    const { page, popup } = await clickOn(server.urlOf(fixture));
    await popup.waitFor((document) => document.querySelector('.card-title')?.textContent);
    await popup.click('Settings');
    const options = await waitForTab(firefox, `${firefox.extensionOrigin}/options.html`);

    await options.bringToFront();
    await (await options.waitForSelector('input[name=engine][value=openai-compatible]'))!.click();
    await fill(options, '#openaiCompatible-base-url', `${ai.origin}/v1`);
    await fill(options, '#openaiCompatible-model', MODEL);
    await fill(options, '#openaiCompatible-api-key', 'sk-firefox-e2e');
    await clickButton(options, 'Save');
    // Firefox asks the user for the endpoint's origin (the doorhanger); the user allows it.
    const asked = await firefox.chrome<string>(`(async () => {
      for (let waited = 0; PopupNotifications.panel.state !== 'open'; waited += 50) {
        if (waited > 5000) throw new Error('Firefox did not ask for the permission');
        await new Promise((r) => setTimeout(r, 50));
      }
      const prompt = PopupNotifications.panel.querySelector('popupnotification');
      const id = prompt.id;
      prompt.button.click();
      return id;
    })()`);
    expect(asked).toBe('addon-webext-permissions-notification');
    await byText(options, '.settings-status', 'Saved.');
    expect(await options.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(true);
    expect(await options.evaluate(() => browser.storage.local.get('engineSettings'))).toMatchObject({
      engineSettings: { engine: 'openai-compatible', openaiCompatible: { baseUrl: `${ai.origin}/v1`, model: MODEL } },
    });

    ai.script({
      type: 'content',
      sliceSize: 120,
      text: JSON.stringify({
        summary: SUMMARY,
        keyTakeaway: { text: 'Model takeaway.', quote: null },
        keyInsights: [{ text: 'Model insight.', quote: null }],
        principles: [],
        method: null,
        inPractice: [],
        topics: ['amazon'],
        audience: ['CTO'],
      }),
    });
    const again = await clickToolbar(firefox, page);
    expect(await again.waitFor((document) => document.querySelector('.engine-name')?.textContent, 30_000)).toBe(`Digest by an OpenAI-compatible endpoint (${MODEL})`);
    expect(await again.evaluate((document) => document.querySelector('.summary')?.textContent)).toBe(SUMMARY);
    expect(ai.requests).toHaveLength(1);
    expect(ai.requests[0]!.headers.authorization).toBe('Bearer sk-firefox-e2e');
    await again.close();

    // Back to the local engine, which needs no permission.
    await options.bringToFront();
    await (await options.waitForSelector('input[name=engine][value=local]'))!.click();
    await clickButton(options, 'Save');
    await byText(options, '.settings-status', 'Saved.');
    await Promise.all([options.close(), page.close()]);
  });
});

async function fill(page: Page, selector: string, text: string): Promise<void> {
  const input = (await page.waitForSelector(selector))!;
  await input.click({ count: 3 });
  await input.press('Backspace');
  await input.type(text);
}

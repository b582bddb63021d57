// Hostile page content in the real browser with the built extension: a page whose title, byline,
// headings and text carry <script>, <img onerror>, javascript: links, Markdown/YAML control
// sequences, bidi overrides and zero-width characters. Nothing of it executes or becomes markup
// in the popup or the library: no dialog, no global set, no element or handler injected, links http(s) only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL_PAGES } from '../helpers/pathological-pages';
import { clickToolbar, launchExtensionBrowser, openLibrary, openPopupAsTab, type ExtensionBrowser } from './harness/extension-browser';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2;alert(2)</script>',
  '"><svg onload="window.__pwned=3">',
  '[click me](javascript:window.__pwned=4)',
  '---\ntitle: injected\n---',
  '\u202Etxt.exe\u202C zero\u200Bwidth',
];
const TITLE = `Hostile ${PAYLOADS[0]} title ${PAYLOADS[3]}`;
const BYLINE = `Mallory ${PAYLOADS[1]}`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const SENTENCES = [
  'Teams that own the customer relationship compound trust over many years of steady work.',
  'You should measure retention before you spend money on growth experiments of any kind.',
  'The best companies build small primitives first and sell them to others once they work.',
  'Always write down the decision and the reason for it, so the next team can revisit it.',
  'A platform wins when every new customer makes the product better for all the others.',
];

/** The article: payloads as text (escaped, so the page shows them) and a javascript: link. */
function hostilePage(): string {
  const paragraphs = SENTENCES.flatMap((sentence, i) => [
    `<p>${sentence} ${escapeHtml(PAYLOADS[i % PAYLOADS.length] ?? '')} ${sentence}</p>`,
    `<p>${SENTENCES[(i + 1) % SENTENCES.length]} More words follow here to make a real paragraph of prose for the reader.</p>`,
  ]);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(TITLE)}</title>
<meta name="author" content="${escapeHtml(BYLINE)}"><meta property="og:site_name" content="${escapeHtml(PAYLOADS[2] ?? '')}">
<link rel="canonical" href="javascript:window.__pwned=5"></head>
<body><article><h1>${escapeHtml(TITLE)}</h1><p class="byline">By ${escapeHtml(BYLINE)}</p>${paragraphs.join('\n')}
<p><a href="javascript:window.__pwned=6">${escapeHtml(PAYLOADS[3] ?? '')}</a> and <a href="https://example.org/ok">a fine link</a>.</p></article></body></html>`;
}

function contentTypeOf(name: string): string {
  if (name.startsWith('SVG')) return 'image/svg+xml';
  if (name.startsWith('XML')) return 'application/xml';
  return 'text/html; charset=utf-8';
}

let browser: ExtensionBrowser;
let server: Server;
let pageUrl = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const index = /^\/pathological\/(\d+)\//.exec(request.url ?? '')?.[1];
    const page = index === undefined ? undefined : PATHOLOGICAL_PAGES[Number(index)];
    response.writeHead(200, { 'content-type': page ? contentTypeOf(page.name) : 'text/html; charset=utf-8' });
    response.end(page ? page.build() : hostilePage());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hostile/`;
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** What would show that page content ran or became markup in an extension page. */
const INJECTION_PROBE = `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: window.__pwned ?? null,
    handlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((el) => el.outerHTML.slice(0, 80)),
    foreign: all.filter((el) => ['IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase()) || (el.tagName === 'SCRIPT' && !el.src.startsWith('chrome-extension://'))).map((el) => el.outerHTML.slice(0, 80)),
    badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((href) => !/^(https?|chrome-extension|blob):/.test(href)),
  };
})()`;

interface Probe {
  pwned: number | null;
  handlers: string[];
  foreign: string[];
  badLinks: string[];
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

describe('hostile content in the extension pages', () => {
  it('the real popup shows the payloads as text and runs none of them', async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    const popup = await clickToolbar(browser, page);
    const title = await popup.waitFor<string>("document.querySelector('.card-title')?.textContent", 15_000);
    expect(title).toContain('<img src=x onerror=');
    expect(await popup.evaluate<Probe>(INJECTION_PROBE)).toEqual({ pwned: null, handlers: [], foreign: [], badLinks: [] });
    await popup.close();
    await page.close();
  });

  it('the background answers the extension\'s own pages only: a script in the web page gets nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    // The click grants activeTab, which lets the background's own executeScript reach the tab.
    const popup = await clickToolbar(browser, page);
    await popup.waitFor("document.querySelector('.card-title')", 15_000);
    const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
    await popup.close();
    const worker = browser.context.serviceWorkers()[0]!;
    // A content script in the page (the world our extractor runs in) asks for a digest of its tab.
    const asked = await worker.evaluate(async (id) => {
      const [injected] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: (tab: number) =>
          chrome.runtime.sendMessage({ name: 'digest-tab', payload: { tabId: tab, now: new Date().toISOString() } }).then(
            (answer: unknown) => ({ answered: answer !== undefined && answer !== null }),
            () => ({ answered: false }),
          ),
        args: [id],
      });
      return injected?.result;
    }, tabId);
    expect(asked).toEqual({ answered: false });
    await page.close();
  });

  it('the popup page and the library show it as text after Save; no dialog, no global, no element injected', async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    const popup = await clickToolbar(browser, page);
    await popup.waitFor("document.querySelector('.card-title')", 15_000);
    const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
    await popup.close();

    const view = await openPopupAsTab(browser, tabId);
    const viewDialogs = watchDialogs(view);
    await view.locator('.card-title').waitFor();
    expect(await view.locator('.card-title').textContent()).toContain(PAYLOADS[0]);
    await view.getByRole('button', { name: /^Save/ }).click();
    await view.locator('#action-notice').filter({ hasText: /library/ }).waitFor();
    expect(await view.evaluate(INJECTION_PROBE)).toEqual({ pwned: null, handlers: [], foreign: [], badLinks: [] });

    const library = await openLibrary(browser);
    const libraryDialogs = watchDialogs(library);
    const entry = library.locator('.entry-title button', { hasText: 'Hostile' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain(PAYLOADS[0]);
    expect(await library.evaluate(INJECTION_PROBE)).toEqual({ pwned: null, handlers: [], foreign: [], badLinks: [] });
    await entry.click();
    await library.locator('.card-title').waitFor();
    expect(await library.locator('.card').textContent()).toContain('Mallory');
    expect(await library.evaluate(INJECTION_PROBE)).toEqual({ pwned: null, handlers: [], foreign: [], badLinks: [] });
    // Give any deferred handler (an onerror of an image that failed to load) time to fire.
    await library.waitForTimeout(300);
    expect(await library.evaluate('window.__pwned ?? null')).toBeNull();
    expect([...viewDialogs, ...libraryDialogs]).toEqual([]);
    await Promise.all([view.close(), library.close(), page.close()]);
  });
});

/** The pathological pages the browser can load (not the extended-only extras), clicked for real. */
const IN_BROWSER = PATHOLOGICAL_PAGES.map((page, index) => ({ ...page, index })).filter((page) => !page.extendedOnly);
/** The background gives the extractor 15 s; the popup must have answered well before this. */
const ANSWER_LIMIT_MS = 30_000;

describe('pathological pages in the browser', () => {
  it.each(IN_BROWSER.map((page) => [page.name, page] as const))('%s: the popup answers with a card or a message', async (_name, page) => {
    const tab = await browser.context.newPage();
    await tab.goto(`${pageUrl.replace('/hostile/', '')}/pathological/${page.index}/`, { timeout: ANSWER_LIMIT_MS * 3, waitUntil: 'domcontentloaded' });
    const start = Date.now();
    const popup = await clickToolbar(browser, tab);
    try {
      const answer = await popup.waitFor<string>(
        "document.querySelector('.card-title')?.textContent ? 'card' : document.querySelector('.status:not(.status-loading) .status-title')?.textContent",
        ANSWER_LIMIT_MS,
      );
      console.log(`in browser: ${page.name}: ${answer} in ${Date.now() - start} ms`);
      expect(answer.length).toBeGreaterThan(0);
      expect(answer).not.toMatch(/Something went wrong/);
      expect(await popup.evaluate<Probe>(INJECTION_PROBE)).toEqual({ pwned: null, handlers: [], foreign: [], badLinks: [] });
    } finally {
      // A popup left open would swallow the next toolbar click.
      await popup.close();
      await tab.close();
    }
  }, ANSWER_LIMIT_MS * 3);
});

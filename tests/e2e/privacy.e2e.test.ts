// Privacy in the default configuration, checked in the real browser: during a full flow (toolbar
// click → card → Save → library → open card → export) no request leaves for anywhere but the
// test page's own server. Two independent watchers: every context's requests as Playwright sees
// them (pages, the popup page, the service worker), and a logging proxy that the whole browser is
// told to use for every address, loopback included, so even a request from a target Playwright
// does not attach to (the real popup) or from the browser itself would be seen.
// Also pins the permissions of both built manifests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, clickToolbar, EXTENSION_LAUNCH_ARGS, openLibrary, openPopupAsTab, type ExtensionBrowser } from './harness/extension-browser';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, 'tests/fixtures/stratechery--amazon-durability.html');

let browser: ExtensionBrowser;
let proxy: Server;
let origin = '';
let profile = '';
/** Requests the proxy saw for anything but the test page's origin. */
const leftByProxy: string[] = [];
/**
 * Chromium's own services, which it calls from every profile whatever extensions it runs (Gaia
 * account cookies, the component/extension updater, its clock check, the push-messaging check-in
 * and connection) and which no flag turns off here. They are told apart by host; any other host
 * the proxy sees fails the test. The extension asks for no permission that could use them.
 */
const BROWSER_SERVICES =
  /^(CONNECT |[A-Z]+ https?:\/\/)(accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com|android\.clients\.google\.com|mtalk\.google\.com|[a-z0-9-]+\.gvt1\.com)[:/]/;
/** Requests Playwright saw from any context for anything but the test origin and the extension. */
const leftByContext: string[] = [];

function allowed(url: string): boolean {
  return url.startsWith(`${origin}/`) || /^(chrome-extension|data|blob:chrome-extension|about):/.test(url);
}

beforeAll(async () => {
  // One server is both the test site and the browser's proxy: asked for the test origin (directly,
  // or through the proxy with an absolute URL) it serves the article; anything else is logged and refused.
  proxy = createServer((request, response) => {
    const url = request.url ?? '/';
    const own = url.startsWith('/') || url.startsWith(`${origin}/`);
    if (!own) {
      const line = `${request.method} ${url}`;
      if (!BROWSER_SERVICES.test(line)) leftByProxy.push(line);
      response.writeHead(403).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(FIXTURE));
  });
  proxy.on('connect', (request, socket) => {
    const line = `CONNECT ${request.url}`;
    if (!BROWSER_SERVICES.test(line)) leftByProxy.push(line);
    socket.destroy();
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const port = (proxy.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  profile = mkdtempSync(join(tmpdir(), 'article-digest-privacy-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      ...EXTENSION_LAUNCH_ARGS,
      `--proxy-server=http://127.0.0.1:${port}`,
      // "<-loopback>" removes the implicit bypass, so loopback requests go through the proxy too.
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  context.on('request', (request) => {
    if (!allowed(request.url())) leftByContext.push(`${request.method()} ${request.url()}`);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  browser = { context, extensionId, cdp, close: () => context.close() };
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => proxy?.close(done));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('privacy in the default configuration', () => {
  it('click → card → Save → library → open → export sends nothing anywhere but the page it reads', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/article/`);
    const popup = await clickToolbar(browser, page);
    await popup.waitFor("document.querySelector('.card-title')?.textContent", 15_000);
    const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
    await popup.close();

    const view = await openPopupAsTab(browser, tabId);
    await view.locator('.card-title').waitFor();
    await view.getByRole('button', { name: /^Save/ }).click();
    await view.locator('#action-notice').filter({ hasText: /library/ }).waitFor();
    const [download] = await Promise.all([view.waitForEvent('download'), view.getByRole('button', { name: 'Download .md' }).click()]);
    expect(await download.path()).toBeTruthy();

    const library = await openLibrary(browser);
    await library.locator('.entry-title button').first().click();
    await library.locator('.card-title').waitFor();
    await library.getByRole('button', { name: '← All digests' }).click();
    const [backup] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: /Export backup/ }).click()]);
    expect(await backup.path()).toBeTruthy();
    // Anything sent late (a beacon on close, a retry) has a moment to show up.
    await Promise.all([view.close(), library.close(), page.close()]);
    await new Promise((done) => setTimeout(done, 1000));

    expect(leftByContext).toEqual([]);
    expect(leftByProxy).toEqual([]);
  });

  it('both watchers work: a request a page makes to another host is seen', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/article/`);
    await page.evaluate(() => fetch('http://example.invalid/probe').catch(() => undefined));
    await page.close();
    expect(leftByProxy.some((line) => line.includes('example.invalid/probe'))).toBe(true);
    expect(leftByContext.some((line) => line.includes('example.invalid/probe'))).toBe(true);
    leftByProxy.length = 0;
    leftByContext.length = 0;
  });
});

describe('built manifests', () => {
  const manifestOf = (build: string) => JSON.parse(readFileSync(resolve(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  // The same pin as tests/unit/hostile/manifest-permissions.test.ts, on what actually ships.
  const ABSENT_KEYS = ['host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources'];
  // The one optional grant (issue 7): an AI endpoint's origin, requested at runtime; MV2 has no
  // optional_host_permissions, so Firefox declares it under optional_permissions.
  const OPTIONAL_KEY = { 'chrome-mv3': ['optional_host_permissions', 'optional_permissions'], 'firefox-mv2': ['optional_permissions', 'optional_host_permissions'] } as const;

  it.each(['chrome-mv3', 'firefox-mv2'] as const)('%s asks for exactly activeTab, scripting, storage, contextMenus; host access only as the optional AI-endpoint grant', (build) => {
    const { [OPTIONAL_KEY[build][0]]: optional, ...manifest } = manifestOf(build);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect([...(optional as string[])].sort()).toEqual(['http://*/*', 'https://*/*']);
    for (const key of [...ABSENT_KEYS, OPTIONAL_KEY[build][1]]) expect(manifest, key).not.toHaveProperty(key);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\/\*/);
  });
});

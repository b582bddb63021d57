// Launches Debian's Chromium with the production build loaded, in a throw-away profile, and
// clicks the toolbar icon for real (CDP Extensions.triggerAction grants activeTab as a user's
// click does and opens the real popup).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { RawTarget } from './raw-target';

/** The production build; ARTICLE_DIGEST_BUILD points the harness (and the bench) at another build, to compare two. */
export const EXTENSION_DIR = resolve(process.env.ARTICLE_DIGEST_BUILD ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
/** Chromium flags for an unpacked extension in headless mode (TOOLCHAIN.md): no network of its own. */
export function extensionLaunchArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...BROWSER_ARGS];
}
/** The flags for the production build. */
export const EXTENSION_LAUNCH_ARGS = extensionLaunchArgs(EXTENSION_DIR);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, 32 hex digits spelled a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * The profile's first preferences. Pinned: the extension sits in the toolbar, as a reader who uses
 * it has it. An unpinned extension's click first animates its icon out of the extensions menu,
 * about 270 ms here before Chromium even starts loading the popup (measured with a one-line
 * popup). With a locale, the pages' languages (accept-languages) are that language's too.
 */
function writePreferences(profile: string, dir: string, pinned: boolean, locale: string | undefined): void {
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const preferences = {
    ...(pinned ? { extensions: { pinned_extensions: [unpackedExtensionId(dir)] } } : {}),
    ...(locale ? { intl: { accept_languages: locale, selected_languages: locale } } : {}),
  };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
}

export interface LaunchOptions {
  pinned?: boolean;
  /** Another unpacked extension than the production build (the bench's floor). */
  extensionDir?: string;
  /** The browser's language (e.g. "de"), as a reader who runs Chromium in it; default the system's (English here). */
  locale?: string;
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'article-digest-e2e-'));
  writePreferences(profile, dir, options.pinned ?? true, options.locale);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    // Chromium on Linux takes its interface language from --lang and the environment's LANGUAGE.
    args: [...extensionLaunchArgs(dir), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if ((options.pinned ?? true) && extensionId !== unpackedExtensionId(dir)) {
    throw new Error(`Chromium gave the extension id ${extensionId}, not the one its path predicts; the toolbar pin would not apply`);
  }
  const browser = context.browser();
  if (!browser) throw new Error('A persistent context should expose its browser for CDP');
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    cdp,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A toolbar click sent: when (epoch ms, just before the click), and the popup it opened, once it has. */
export interface SentClick {
  sentAt: number;
  /** The popup's target id, or undefined while Chromium has not opened it. */
  popup(): Promise<string | undefined>;
}

/**
 * The browser's tab target showing `page`. A page opened with `waitUntil: 'commit'` can be
 * committed in its renderer while the browser's tab target still reads about:blank, so this
 * asks again for a while before giving up.
 */
async function tabTarget(browser: ExtensionBrowser, page: Page) {
  for (let waited = 0; ; waited += 50) {
    const { targetInfos: tabs } = await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = tabs.find((info) => info.url === page.url());
    if (tab) return tab;
    if (waited >= 5000) throw new Error(`No tab target for ${page.url()} among ${tabs.map((t) => t.url).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks the toolbar icon on `page`'s tab, without waiting for or touching the popup. */
export async function sendToolbarClick(browser: ExtensionBrowser, page: Page): Promise<SentClick> {
  await page.bringToFront();
  const tab = await tabTarget(browser, page);
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const before = new Set((await browser.cdp.send('Target.getTargets')).targetInfos.map((info) => info.targetId));
  const sentAt = performance.timeOrigin + performance.now();
  await browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
  return {
    sentAt,
    popup: async () => (await browser.cdp.send('Target.getTargets')).targetInfos.find((info) => info.url === popupUrl && !before.has(info.targetId))?.targetId,
  };
}

/** Clicks the toolbar icon on `page`'s tab and returns the real popup, attached over raw CDP. */
export async function clickToolbar(browser: ExtensionBrowser, page: Page): Promise<RawTarget> {
  const click = await sendToolbarClick(browser, page);
  for (let waited = 0; waited < 5000; waited += 50) {
    const popup = await click.popup();
    if (popup) return RawTarget.attach(browser.cdp, popup);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The popup did not open after the toolbar click');
}

/** Opens the popup page in a normal tab for `tabId`, the way the context-menu fallback does. */
export async function openPopupAsTab(browser: ExtensionBrowser, tabId: number, now?: Date): Promise<Page> {
  const page = await browser.context.newPage();
  // The largest popup a browser shows is 800 × 600; ours is 400 wide.
  await page.setViewportSize({ width: 400, height: 600 });
  if (now) await page.clock.setFixedTime(now);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

export async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  return page;
}

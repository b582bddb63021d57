// Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core, executablePath; no browser
// is downloaded) with the Firefox build installed as a temporary add-on (BiDi
// webExtension.install), in a throw-away profile whose downloads land in a folder of their own.
//
// Firefox is started with --remote-allow-system-access, which lets BiDi evaluate in the browser
// window itself ("chrome" scope): that is how the harness pins the toolbar button, clicks it
// (firefox-popup.ts) and reads the clipboard. The popup is read from an extension page kept open
// in a background tab (the "probe"), see FirefoxPopup.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build; ARTICLE_DIGEST_FIREFOX_BUILD points the harness at another one. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.ARTICLE_DIGEST_FIREFOX_BUILD ?? resolve(import.meta.dirname, '../../../.output/firefox-mv2'));

/**
 * Profile preferences: downloads go to a folder without asking, scrollbars take room (as on
 * Windows 10, or macOS set to always show them), and no request leaves the machine.
 */
function preferences(downloads: string): Record<string, unknown> {
  return {
    'ui.useOverlayScrollbars': 0,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'app.update.disabledForTesting': true,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
  };
}

export interface FirefoxBrowser {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** moz-extension://<this profile's uuid for the add-on> */
  extensionOrigin: string;
  /** Where downloads land. */
  downloads: string;
  /** Evaluates `expression` in the browser window (chrome scope), promises awaited; returns its JSON value. */
  chrome<T>(expression: string): Promise<T>;
  /** An extension page in a background tab, from which the popup is read. */
  probe: Page;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxBrowser> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox is missing at ${FIREFOX}: run node scripts/ensure-browsers.mjs (as root), or set FIREFOX_PATH`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build first`);
  const downloads = mkdtempSync(join(tmpdir(), 'article-digest-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: preferences(downloads),
  });
  try {
    // BiDi webExtension.install: a temporary add-on, as about:debugging loads one.
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const windowContext = await chromeWindowContext(browser);
    const chrome = <T>(expression: string) => evaluateIn<T>(browser, windowContext, expression);
    const host = await chrome<string>(`WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).mozExtensionHostname`);
    const extensionOrigin = `moz-extension://${host}`;
    await chrome(`CustomizableUI.addWidgetToArea(${JSON.stringify(widgetId(extensionId))}, CustomizableUI.AREA_NAVBAR)`);
    const firefox: Omit<FirefoxBrowser, 'probe'> = {
      browser,
      extensionId,
      extensionOrigin,
      downloads,
      chrome,
      async close() {
        await browser.close();
        rmSync(downloads, { recursive: true, force: true });
      },
    };
    // Any page of the add-on will do; not the options page, which openOptionsPage() would reuse.
    const probe = await openExtensionPage(firefox, 'library.html');
    return { ...firefox, probe };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Firefox's id for an add-on's toolbar widget. */
export function widgetId(extensionId: string): string {
  return `${extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** The browser's WebDriver BiDi connection, for the commands puppeteer does not wrap. */
function bidi(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

async function chromeWindowContext(browser: Browser): Promise<string> {
  const { result } = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (result as { contexts: Array<{ context: string; url: string }> }).contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!context) throw new Error('Firefox shows no browser window in chrome scope: was it started with --remote-allow-system-access?');
  return context.context;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

async function evaluateIn<T>(browser: Browser, context: string, expression: string): Promise<T> {
  // JSON across the wire: BiDi's serialized values are not plain JSON.
  const wrapped = `(async () => JSON.stringify(await (${expression})))()`;
  const { result } = await bidi(browser).send('script.evaluate', { expression: wrapped, target: { context }, awaitPromise: true, resultOwnership: 'none' });
  const answer = result as EvaluateResult;
  if (answer.type === 'exception') throw new Error(`In Firefox's window: ${answer.exceptionDetails?.text ?? 'an exception'} (${expression.slice(0, 200)})`);
  const json = answer.result?.value;
  return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
}

/** The BiDi browsing context id of a puppeteer page. */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * Opens `url` in a new tab and waits for it to load. An extension page is loaded with BiDi's own
 * navigate: puppeteer's goto never sees the switch into the extension's process complete.
 */
export async function openTab(firefox: Pick<FirefoxBrowser, 'browser'>, url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await navigate(firefox, page, url);
  return page;
}

export async function navigate(firefox: Pick<FirefoxBrowser, 'browser'>, page: Page, url: string): Promise<void> {
  await bidi(firefox.browser).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

export function openExtensionPage(firefox: Pick<FirefoxBrowser, 'browser' | 'extensionOrigin'>, path: string): Promise<Page> {
  return openTab(firefox, `${firefox.extensionOrigin}/${path}`);
}

export async function reload(firefox: Pick<FirefoxBrowser, 'browser'>, page: Page): Promise<void> {
  await bidi(firefox.browser).send('browsingContext.reload', { context: contextOf(page), wait: 'complete' });
}

/** The tab's address as the page itself reads it (puppeteer's url() lags behind extension pages). */
export function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/** What the browser's clipboard holds as text. */
export function readClipboard(firefox: FirefoxBrowser): Promise<string> {
  return firefox.chrome(`(() => {
    const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
    transferable.init(null);
    transferable.addDataFlavor('text/plain');
    Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
    const data = {};
    transferable.getTransferData('text/plain', data);
    return data.value.QueryInterface(Ci.nsISupportsString).data;
  })()`);
}

/** A file's size, or 0 when it is gone (renamed since it was listed). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** Runs `start` (a click that downloads) and returns the file it saved once complete. */
export async function download(firefox: FirefoxBrowser, start: () => Promise<unknown>): Promise<{ name: string; path: string }> {
  const before = new Set(readdirSync(firefox.downloads));
  await start();
  // Firefox writes to NAME.part beside NAME until it is done, and may first save under a
  // temporary name that it renames away between two looks (seen once in CI: ENOENT on stat), so
  // a file counts once two looks in a row find it, whole and the same size.
  let seen = '';
  for (let waited = 0; waited < 15_000; waited += 100) {
    const name = readdirSync(firefox.downloads).find((file) => !before.has(file) && !file.endsWith('.part'));
    const size = name && !readdirSync(firefox.downloads).includes(`${name}.part`) ? sizeOf(join(firefox.downloads, name)) : 0;
    const look = size > 0 ? `${name}:${size}` : '';
    if (name && look && look === seen) return { name, path: join(firefox.downloads, name) };
    seen = look;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No download arrived in ${firefox.downloads}`);
}

/** Waits for a tab whose address starts with `prefix` (one the extension opened, say) and returns it. */
export async function waitForTab(firefox: FirefoxBrowser, prefix: string, timeoutMs = 10_000): Promise<Page> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    for (const page of await firefox.browser.pages()) {
      if (page === firefox.probe) continue;
      // A tab still loading cannot be asked yet: it is asked again on the next round.
      const address = await addressOf(page).catch(() => '');
      if (address.startsWith(prefix)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab opened at ${prefix}`);
}


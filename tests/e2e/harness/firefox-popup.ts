// The add-on's popup in Firefox: opened by the toolbar button, the shortcut or the context menu,
// read and clicked.
//
// BiDi has no command for an add-on's toolbar button, and its input actions stop at web content.
// The harness clicks the button the way the mouse does: windowUtils.sendNativeMouseEvent at the
// button's place in the window, which headless Firefox handles as the operating system's mouse
// events, so Firefox's own code runs from there (it grants activeTab for the tab and opens the
// real popup). The popup's buttons are clicked the same way. BiDi does not reach the popup's
// page either (it drives tabs only): the probe page, an extension page in a background tab, gets
// the popup's window from browser.extension.getViews({ type: 'popup' }) (one extension process).
import type { Page } from 'puppeteer-core';
import { navigate, widgetId, type FirefoxBrowser } from './firefox-browser';
import { exactly } from './page-text';

/**
 * A left click at a point of the browser window, given in the window's CSS pixels, sent as the
 * operating system's mouse events would come in (headless Firefox takes them from the window
 * utilities): `target` is an element of the browser window there, whose widget gets them.
 */
async function nativeClick(firefox: FirefoxBrowser, target: string, x: string, y: string): Promise<void> {
  await firefox.chrome(`(async () => {
    const target = ${target};
    if (!target) throw new Error('Nothing to click there');
    const scale = window.devicePixelRatio;
    const screenX = (window.mozInnerScreenX + ${x}) * scale;
    const screenY = (window.mozInnerScreenY + ${y}) * scale;
    const utils = window.windowUtils;
    utils.sendNativeMouseEvent(screenX, screenY, utils.NATIVE_MOUSE_MESSAGE_MOVE, 0, 0, target, null);
    utils.sendNativeMouseEvent(screenX, screenY, utils.NATIVE_MOUSE_MESSAGE_BUTTON_DOWN, 0, 0, target, null);
    await new Promise((r) => setTimeout(r, 30));
    utils.sendNativeMouseEvent(screenX, screenY, utils.NATIVE_MOUSE_MESSAGE_BUTTON_UP, 0, 0, target, null);
    return true;
  })()`);
}

/** Selects `page`'s tab, then clicks the add-on's toolbar button with the mouse. */
async function clickToolbarButton(firefox: FirefoxBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  const button = `document.getElementById(${JSON.stringify(widgetId(firefox.extensionId))})?.querySelector('.unified-extensions-item-action-button')`;
  await nativeClick(firefox, button, `${button}.getBoundingClientRect().left + ${button}.getBoundingClientRect().width / 2`, `${button}.getBoundingClientRect().top + ${button}.getBoundingClientRect().height / 2`);
}

/**
 * Presses Alt+Shift+D on `page`'s tab as the keyboard does: nsITextInputProcessor is how Firefox
 * synthesizes key events at its widget, so its own shortcut handling (the add-on's command) runs.
 * BiDi's key actions are dispatched inside the page, where browser shortcuts are never seen.
 */
export async function pressShortcut(firefox: FirefoxBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  await firefox.chrome(`(() => {
    const input = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!input.beginInputTransactionForTests(window)) throw new Error('No keyboard input transaction');
    const keys = [
      new KeyboardEvent('', { key: 'Alt', code: 'AltLeft', keyCode: 18 }),
      new KeyboardEvent('', { key: 'Shift', code: 'ShiftLeft', keyCode: 16 }),
      new KeyboardEvent('', { key: 'D', code: 'KeyD', keyCode: 68 }),
    ];
    for (const key of keys) input.keydown(key);
    for (const key of keys.reverse()) input.keyup(key);
    return true;
  })()`);
}

/**
 * The real popup, read through the probe page. The functions handed to `evaluate` and `waitFor`
 * are sent as source and run in the probe with the popup's document: they may use nothing else.
 */
export class FirefoxPopup {
  constructor(private readonly firefox: FirefoxBrowser) {}

  /** Runs `read(document)` in the open popup; undefined while none is open. */
  async evaluate<T>(read: (document: Document) => T): Promise<T | undefined> {
    return (await this.firefox.probe.evaluate(
      `(() => { const popup = browser.extension.getViews({ type: 'popup' })[0]; return popup ? (${read.toString()})(popup.document) : undefined; })()`,
    )) as T | undefined;
  }

  /** Polls `read` until it gives a truthy value. */
  async waitFor<T>(read: (document: Document) => T, timeoutMs = 15_000): Promise<NonNullable<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate(read);
      if (value) return value;
      if (Date.now() > deadline) {
        const shown = await this.evaluate((document) => document.body?.innerText ?? '');
        throw new Error(`Timed out waiting for ${read.toString()} in the popup; ${shown === undefined ? 'no popup is open' : `it shows: ${shown.slice(0, 300) || '(nothing)'}`}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Clicks the popup's button named `name` with the mouse (the popup is a panel of the browser window). */
  async click(name: string | RegExp): Promise<void> {
    const pattern = exactly(name).source;
    const center = await this.waitFor(
      new Function(
        'document',
        `const button = [...document.querySelectorAll('button')].find((b) => new RegExp(${JSON.stringify(pattern)}).test(b.textContent.trim()));
         if (!button) return undefined;
         button.scrollIntoView({ block: 'nearest' });
         const r = button.getBoundingClientRect();
         return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`,
      ) as (document: Document) => { x: number; y: number } | undefined,
    );
    const browser = panelBrowser(this.firefox);
    await nativeClick(this.firefox, browser, `${browser}.getBoundingClientRect().left + ${center.x}`, `${browser}.getBoundingClientRect().top + ${center.y}`);
  }

  /** A PNG of the popup as Firefox painted it. */
  async screenshot(): Promise<Buffer> {
    const dataUrl = await this.firefox.chrome<string>(`(async () => {
      const browser = ${panelBrowser(this.firefox)};
      const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`);
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  }

  /** The id of the tab the popup was opened for (the active tab, as the popup asks for it). */
  async tabId(): Promise<number> {
    return this.firefox.probe.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('There is no active tab');
      return tab.id;
    });
  }

  async close(): Promise<void> {
    await this.firefox.probe.evaluate(() => {
      for (const popup of browser.extension.getViews({ type: 'popup' })) popup.close();
    });
    for (let waited = 0; (await this.evaluate(() => true)) && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  }
}

/** An expression for the <browser> element of the browser window that shows the popup. */
function panelBrowser(firefox: FirefoxBrowser): string {
  return `[...document.querySelectorAll('panel browser')].find((b) => b.currentURI?.spec.startsWith(${JSON.stringify(`${firefox.extensionOrigin}/popup.html`)}))`;
}

/** Closes any popup left open, so that the next one to open is known to be new. */
export async function closePopups(firefox: FirefoxBrowser): Promise<void> {
  await new FirefoxPopup(firefox).close();
}

/** Waits for the popup that a click, the shortcut or the menu opens. */
export async function openedPopup(firefox: FirefoxBrowser): Promise<FirefoxPopup> {
  const popup = new FirefoxPopup(firefox);
  await popup.waitFor(() => true, 10_000).catch(() => {
    throw new Error('No popup opened');
  });
  return popup;
}

/** Clicks the toolbar button on `page`'s tab and returns the popup it opened. */
export async function clickToolbar(firefox: FirefoxBrowser, page: Page): Promise<FirefoxPopup> {
  await closePopups(firefox);
  await clickToolbarButton(firefox, page);
  return openedPopup(firefox);
}

/** The popup page in a tab for `tabId`, as the context-menu fallback opens it where a browser cannot open the popup. */
export async function openPopupAsTab(firefox: FirefoxBrowser, tabId: number): Promise<Page> {
  const page = await firefox.browser.newPage();
  // The largest popup a browser shows is 800 × 600; ours is 400 wide.
  await page.setViewport({ width: 400, height: 600 });
  await navigate(firefox, page, `${firefox.extensionOrigin}/popup.html?tab=${tabId}`);
  return page;
}

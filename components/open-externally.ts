// Hands an address that is not a web page (obsidian://) to the system, which passes it to the app
// registered for it: the tab is told to go there (tabs.update needs no permission for that), and
// stays on its page, the address being handled outside the browser. As Obsidian Web Clipper does:
// a link clicked in the extension's own page could leave that page waiting on a navigation that
// never ends (seen in headless Chromium: the next action of the page never answered).
import { browser } from 'wxt/browser';

/** Opens `url` from the tab `tabId`, or from the current window's active tab. */
export async function openExternally(url: string, tabId?: number): Promise<void> {
  if (tabId === undefined) await browser.tabs.update({ url });
  else await browser.tabs.update(tabId, { url });
}

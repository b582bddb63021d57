// Digests a served page the way a user does (toolbar click), then presses Save in the popup page.
import type { Page } from 'playwright-core';
import { clickToolbar, openPopupAsTab, type ExtensionBrowser } from './extension-browser';

export interface SaveResult {
  title: string;
  /** The popup's answer to Save: "Saved to your library." or "Updated in your library.". */
  notice: string;
}

export async function digestAndSave(browser: ExtensionBrowser, url: string, now?: Date): Promise<SaveResult> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await clickToolbar(browser, page);
  const title = await popup.waitFor<string>("document.querySelector('.card-title')?.textContent");
  const tabId = await popup.evaluate<number>('chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)');
  await popup.close();
  const view = await openPopupAsTab(browser, tabId, now);
  // "Save", or "Saved ✓" when the page is already in the library.
  await view.getByRole('button', { name: /^Save/ }).click();
  const notice = view.locator('#action-notice');
  await notice.filter({ hasText: /library/ }).waitFor();
  const answer = (await notice.textContent()) ?? '';
  await Promise.all([view.close(), page.close()]);
  return { title, notice: answer };
}

export async function downloadText(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  if (!path) throw new Error(`The download from "${button}" failed: ${await download.failure()}`);
  return { name: download.suggestedFilename(), path };
}

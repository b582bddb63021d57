// The background is thin: it injects the extractor into the tab the user chose, digests the
// article with the local engine and answers the popup through the typed message contract
// (lib/messages.ts), to the extension's own pages only: not to scripts in web pages.
//
// Design: the toolbar action has a popup, so a click opens it (and grants activeTab for the
// tab). The shortcut Alt+Shift+D is the manifest's `_execute_action` command, which does exactly
// what the click does. "Digest this page" in the context menu also grants activeTab; the
// background then opens the popup (or, where a browser refuses that, the popup page in a tab,
// naming the tab with `?tab=`). In every case the popup asks the background for the card
// ('digest-tab'). The digest runs here, not in the popup: the engine is most of the code, and the
// popup must load in a blink (≤ 45 KB gzip, see `npm run budgets`); the popup sends its clock
// so the card's date is still the popup's own (and a test can fix it).
import { browser } from 'wxt/browser';
import { describeInjectionFailure } from '../lib/describe-injection-failure';
import { failure } from '../lib/failure';
import { digestArticle } from '../lib/digest/digest-article';
import { tidyArticle } from '../lib/extract/tidy-byline';
import { warmUpDigest } from '../lib/digest/warm-up-digest';
import { createMessageRouter, extensionPagesOnly, ExtractOutcomeSchema, type DigestOutcome, type ExtractOutcome } from '../lib/messages';

const MENU_ID = 'digest-page';
const EXTRACT_TIMEOUT_MS = 15_000;

export default defineBackground(() => {
  const route = createMessageRouter(
    { 'digest-tab': ({ tabId, now }) => digestTab(tabId, new Date(now)) },
    extensionPagesOnly(browser.runtime.id, browser.runtime.getURL('/')),
  );
  // sendResponse + `return true` works in every browser we ship to; a returned promise does not.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const answer = route(message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  });

  // Chrome keeps menus across restarts, Firefox does not: (re)create them on install and on
  // every browser start, clearing first so Chrome does not see a duplicate id.
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void openPopupFor(tab.id);
  });
});

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  // The same words as the shortcut's (the manifest's commandDigest), in the browser's language.
  browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('commandDigest'), contexts: ['page', 'selection'] });
}

async function digestTab(tabId: number, now: Date): Promise<DigestOutcome> {
  if (Number.isNaN(now.getTime())) throw new Error('digest-tab needs "now" as an ISO date');
  const extraction = extractTab(tabId);
  // The tab is extracting: meanwhile a fresh worker compiles the digest on a small article.
  warmUpDigest();
  const outcome = await extraction;
  if (!outcome.ok) return outcome;
  const article = tidyArticle(outcome.article);
  return { ok: true, article, digest: digestArticle(article, { now }) };
}

async function extractTab(tabId: number): Promise<ExtractOutcome> {
  let injected: unknown;
  try {
    const injection = browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
    const results = await withTimeout(injection, EXTRACT_TIMEOUT_MS);
    if (results === 'timeout') return failure('timeout', `The page did not answer within ${EXTRACT_TIMEOUT_MS / 1000} seconds.`);
    injected = results[0]?.result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The browser refuses its own pages, the add-on stores, and pages the user has not granted.
    // A tab closed meanwhile is described as one not granted.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const refused = describeInjectionFailure(message, tab);
    if (refused) return refused;
    throw error instanceof Error ? error : new Error(message);
  }
  const parsed = ExtractOutcomeSchema.safeParse(injected);
  if (!parsed.success) throw new Error(`The extractor returned something unexpected (${typeof injected}).`);
  return parsed.data;
}

async function openPopupFor(tabId: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch (error) {
    console.warn('Article Digest: could not open the popup, opening it in a tab instead', error);
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

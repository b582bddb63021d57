// The card's digest, asked for by a classic script in popup.html's head while the popup's UI code
// is still loading, so extraction in the tab and the digest in the background run during those
// milliseconds instead of after them (issue 5's profile of click → card: the popup's scripts
// took ~85 ms to load, reading and digesting the page ~30 ms after that). The UI then claims the
// answer instead of asking a second time. Only the first 'digest-tab' for that tab claims it: a
// retry reads the page anew. The engine settings, which the card needs before it can show, are
// read here too, a round trip to the browser fewer once the answer is in.
import type { MessageName, MessageRequest } from '../../lib/messages';
import { classifyTab } from '../../components/format/classify-tab';

interface Envelope<N extends MessageName = MessageName> {
  name: N;
  payload: MessageRequest<N>;
}

export interface EarlyTab {
  id?: number;
  url?: string;
  status?: string;
}

export interface EarlyDigestBrowser {
  activeTab(): Promise<EarlyTab | undefined>;
  send(envelope: Envelope<'digest-tab'>): Promise<unknown>;
  /** The stored engine settings (browser.storage.local under their key). */
  readSettings(): Promise<Record<string, unknown>>;
}

interface Started {
  tab: EarlyTab | undefined;
  /** The answer to 'digest-tab' for `tab`, when it looked readable. */
  answer?: Promise<unknown>;
}

// The values handed from popup-early.js to the popup's module: page-global slots.
const SLOT = Symbol.for('article-digest.early-digest');
const SETTINGS = Symbol.for('article-digest.early-settings');
type Slot = { [SLOT]?: Promise<Started | undefined>; [SETTINGS]?: Promise<Record<string, unknown>> };

/** Asks for the active tab's digest now, when the tab looks readable; leaves the answer for {@link claimEarlyDigest}. */
export function startEarlyDigest(browser: EarlyDigestBrowser, search = location.search, now = () => new Date()): void {
  // Opened as a tab for the context menu (`?tab=`): the popup's own flow names the tab.
  if (new URLSearchParams(search).has('tab')) return;
  const started = begin(browser, now).catch(() => undefined);
  (globalThis as Slot)[SLOT] = started;
  const settings = browser.readSettings();
  // Unclaimed, a rejection must not surface as unhandled; the claimer sees it.
  settings.catch(() => undefined);
  (globalThis as Slot)[SETTINGS] = settings;
}

/** The engine settings read by the early start, once; undefined when none ran or it was taken. */
export function claimEarlySettings(): Promise<Record<string, unknown>> | undefined {
  const slot = globalThis as Slot;
  const settings = slot[SETTINGS];
  slot[SETTINGS] = undefined;
  return settings;
}

async function begin(browser: EarlyDigestBrowser, now: () => Date): Promise<Started | undefined> {
  const tab = await browser.activeTab();
  if (tab?.id === undefined || classifyTab(tab.url, tab.status) !== 'readable') return { tab };
  const answer = browser.send({ name: 'digest-tab', payload: { tabId: tab.id, now: now().toISOString() } });
  // Unclaimed (the UI failed first), a rejection must not surface as unhandled.
  answer.catch(() => undefined);
  return { tab, answer };
}

/** The active tab as the early start found it (saves the popup asking again), if it ran. */
export async function earlyTab(): Promise<EarlyTab | undefined> {
  return (await (globalThis as Slot)[SLOT])?.tab;
}

/**
 * The early answer to `envelope` when it asks for the digest of the tab the early start asked
 * about, else undefined (the caller sends it). Taken once.
 */
export async function claimEarlyDigest(envelope: unknown): Promise<{ answer: Promise<unknown> } | undefined> {
  const slot = globalThis as Slot;
  const pending = slot[SLOT];
  if (!pending || !isDigestTab(envelope)) return undefined;
  const started = await pending;
  const answer = started?.answer;
  if (!answer || started.tab?.id !== envelope.payload.tabId) return undefined;
  slot[SLOT] = Promise.resolve({ tab: started.tab });
  return { answer };
}

function isDigestTab(envelope: unknown): envelope is Envelope<'digest-tab'> {
  if (typeof envelope !== 'object' || envelope === null) return false;
  const { name, payload } = envelope as { name?: unknown; payload?: { tabId?: unknown } };
  return name === 'digest-tab' && typeof payload?.tabId === 'number';
}

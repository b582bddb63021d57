// The early start (popup-early.js) and its hand-over to the popup's module: the first digest of
// the tab it read is claimed, once; anything else is sent as usual. The engine settings it reads
// are claimed once too.
import { afterEach, describe, expect, it } from 'vitest';
import { claimEarlyDigest, claimEarlySettings, earlyTab, startEarlyDigest, type EarlyDigestBrowser, type EarlyTab } from '../../../entrypoints/popup/early-digest';

const NOW = new Date('2026-11-22T08:00:00Z');
const READABLE: EarlyTab = { id: 7, url: 'https://stratechery.com/2026/amazon/', status: 'complete' };

const SETTINGS = { engineSettings: { version: 1, engine: 'local' } };

function fakeBrowser(tab: EarlyTab | undefined, answer: Promise<unknown> = Promise.resolve({ result: 'card' })) {
  const sent: unknown[] = [];
  let settingsReads = 0;
  const browser: EarlyDigestBrowser = {
    activeTab: async () => tab,
    send: (envelope) => {
      sent.push(envelope);
      return answer;
    },
    readSettings: async () => {
      settingsReads++;
      return SETTINGS;
    },
  };
  return { browser, sent, settingsReads: () => settingsReads };
}

const digestEnvelope = (tabId: number) => ({ name: 'digest-tab', payload: { tabId, now: new Date().toISOString() } });

afterEach(async () => {
  // Empty the page-global slot between tests: a start whose tab is unreadable leaves no answer.
  startEarlyDigest(fakeBrowser(undefined).browser, '');
  await earlyTab();
  claimEarlySettings();
});

describe('startEarlyDigest', () => {
  it('asks for the active tab’s digest at once, with its own clock', async () => {
    const { browser, sent } = fakeBrowser(READABLE);
    startEarlyDigest(browser, '', () => NOW);
    await earlyTab();
    expect(sent).toEqual([{ name: 'digest-tab', payload: { tabId: 7, now: NOW.toISOString() } }]);
  });

  it.each([
    ['a browser page', { id: 3, url: 'chrome://settings/', status: 'complete' }],
    ['a page still loading', { ...READABLE, status: 'loading' }],
    ['a PDF', { id: 4, url: 'https://example.org/paper.pdf', status: 'complete' }],
  ])('asks nothing for %s, and the popup’s own flow decides what to show', async (_, tab) => {
    const { browser, sent } = fakeBrowser(tab);
    startEarlyDigest(browser, '');
    expect(await earlyTab()).toEqual(tab);
    expect(sent).toEqual([]);
    expect(await claimEarlyDigest(digestEnvelope(tab.id ?? 0))).toBeUndefined();
  });

  it('does nothing in the popup opened as a tab (?tab=), where the tab is named', async () => {
    claimEarlySettings();
    const { browser, sent, settingsReads } = fakeBrowser(READABLE);
    startEarlyDigest(browser, '?tab=7');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([]);
    expect(settingsReads()).toBe(0);
    expect(claimEarlySettings()).toBeUndefined();
  });

  it('reads the engine settings at once and hands them over once', async () => {
    const { browser, settingsReads } = fakeBrowser(READABLE);
    startEarlyDigest(browser, '');
    expect(settingsReads()).toBe(1);
    expect(await claimEarlySettings()).toEqual(SETTINGS);
    expect(claimEarlySettings()).toBeUndefined();
  });

  it('hands over the tab it read, so the popup need not ask the browser again', async () => {
    startEarlyDigest(fakeBrowser(READABLE).browser, '');
    expect(await earlyTab()).toEqual(READABLE);
  });

  it('reads as no early start when the browser fails to name the tab', async () => {
    const browser: EarlyDigestBrowser = {
      activeTab: () => Promise.reject(new Error('no window')),
      send: () => Promise.resolve(null),
      readSettings: async () => SETTINGS,
    };
    startEarlyDigest(browser, '');
    expect(await earlyTab()).toBeUndefined();
    expect(await claimEarlyDigest(digestEnvelope(7))).toBeUndefined();
  });
});

describe('claimEarlyDigest', () => {
  it('gives the early answer to the first digest of the same tab, and only once', async () => {
    startEarlyDigest(fakeBrowser(READABLE, Promise.resolve({ result: 'early card' })).browser, '');
    const claimed = await claimEarlyDigest(digestEnvelope(7));
    expect(await claimed?.answer).toEqual({ result: 'early card' });
    // "Try again" reads the page anew.
    expect(await claimEarlyDigest(digestEnvelope(7))).toBeUndefined();
    expect(await earlyTab()).toEqual(READABLE);
  });

  it('leaves other tabs and other messages to be sent', async () => {
    startEarlyDigest(fakeBrowser(READABLE).browser, '');
    expect(await claimEarlyDigest(digestEnvelope(8))).toBeUndefined();
    expect(await claimEarlyDigest({ name: 'something-else', payload: { tabId: 7 } })).toBeUndefined();
    expect(await claimEarlyDigest('digest-tab')).toBeUndefined();
    expect(await claimEarlyDigest(digestEnvelope(7))).toBeDefined();
  });

  it('passes a failed early request on to the popup, which shows the error', async () => {
    startEarlyDigest(fakeBrowser(READABLE, Promise.reject(new Error('The background is not running'))).browser, '');
    const claimed = await claimEarlyDigest(digestEnvelope(7));
    await expect(claimed?.answer).rejects.toThrow('not running');
  });
});

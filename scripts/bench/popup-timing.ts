// Times a toolbar click to the digest card on screen, measured from the test side without
// touching the extension: from the moment Extensions.triggerAction is sent (a proxy around the
// e2e helper's CDP session notes it) to the first frame after `.card-title` entered the popup's
// DOM. That moment is recorded by a MutationObserver evaluated in the popup as soon as Chromium
// reports the popup's document (Target.targetInfoChanged to popup.html), while its scripts are
// still loading; a run where the card was already there carries no marks and is repeated, never
// guessed.
import type { CDPSession, Page } from 'playwright-core';
import { clickToolbar, type ExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { RawTarget } from '../../tests/e2e/harness/raw-target';

// Runs in the popup before its scripts: records when the card title enters the DOM, then when the
// frame showing it has been produced (a task queued from the next animation frame).
const CARD_OBSERVER = `(() => {
  const bench = (window.__bench = { late: !!document.querySelector('.card-title') });
  if (bench.late) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.card-title')) return;
    observer.disconnect();
    bench.cardInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.cardShown = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface PopupMarks {
  timeOrigin: number;
  cardInDom?: number;
  cardShown?: number;
  domContentLoaded: number;
}

export interface ClickTiming {
  /** Click to the first frame with the card (what the user waits). */
  totalMs: number;
  /** Click to the popup document's time origin (the browser opening the popup). */
  openMs: number;
  /** Popup time origin to DOMContentLoaded (loading the popup's scripts). */
  loadMs: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

interface TargetEvent {
  targetInfo: { targetId: string; type: string; url: string };
}

export class PopupTimer {
  private sentAt = 0;
  private readonly seen = new Set<string>();
  private pending: ((target: RawTarget) => void) | undefined;
  private readonly timed: ExtensionBrowser;

  private constructor(private readonly browser: ExtensionBrowser) {
    // The e2e helper clicks the toolbar; this proxy only notes when the click is sent.
    const cdp = new Proxy(browser.cdp, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key !== 'send' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
        return (method: string, params?: object) => {
          if (method === 'Extensions.triggerAction') this.sentAt = epochNow();
          return (value as CDPSession['send']).call(target, method as never, params as never);
        };
      },
    });
    this.timed = { ...browser, cdp };
    const onTarget = (event: TargetEvent) => void this.onTarget(event);
    browser.cdp.on('Target.targetCreated', onTarget);
    browser.cdp.on('Target.targetInfoChanged', onTarget);
  }

  static async start(browser: ExtensionBrowser): Promise<PopupTimer> {
    const timer = new PopupTimer(browser);
    await browser.cdp.send('Target.setDiscoverTargets', { discover: true });
    return timer;
  }

  private async onTarget({ targetInfo }: TargetEvent): Promise<void> {
    const deliver = this.pending;
    const popupUrl = `chrome-extension://${this.browser.extensionId}/popup.html`;
    if (!deliver || targetInfo.type !== 'page' || targetInfo.url !== popupUrl || this.seen.has(targetInfo.targetId)) return;
    this.seen.add(targetInfo.targetId);
    this.pending = undefined;
    const target = await RawTarget.attach(this.browser.cdp, targetInfo.targetId);
    await target.evaluate(CARD_OBSERVER);
    deliver(target);
  }

  /** One toolbar click on `page`'s tab, timed to the card (null when the marks were missed); closes the popup. */
  async clickToCard(page: Page, timeoutMs = 30_000): Promise<ClickTiming | null> {
    const observed = new Promise<RawTarget>((resolve) => (this.pending = resolve));
    const popup = await clickToolbar(this.timed, page);
    const target = await observed;
    try {
      await popup.waitFor<string>("document.querySelector('.card-title')?.textContent", timeoutMs).catch(async (error: unknown) => {
        const shown = await popup.evaluate<string>('document.body.innerText').catch(() => '(unreadable)');
        throw new Error(`No card in the popup; it shows: ${shown.slice(0, 300)}`, { cause: error });
      });
      const marks = await target.waitFor<PopupMarks | 'missed'>(
        `!window.__bench || window.__bench.late ? 'missed' : window.__bench.cardShown === undefined ? null : { ...window.__bench, timeOrigin: performance.timeOrigin, domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd }`,
        timeoutMs,
      );
      if (marks === 'missed') return null;
      return {
        totalMs: marks.timeOrigin + (marks.cardShown ?? 0) - this.sentAt,
        openMs: marks.timeOrigin - this.sentAt,
        loadMs: marks.domContentLoaded,
      };
    } finally {
      // Closing the popup ends both sessions to it.
      await popup.close();
    }
  }

  async stop(): Promise<void> {
    this.pending = undefined;
    await this.browser.cdp.send('Target.setDiscoverTargets', { discover: false });
  }
}

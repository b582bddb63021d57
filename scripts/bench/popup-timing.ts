// Times a toolbar click to the digest card on screen without disturbing the popup while it
// loads: the click is a CDP Extensions.triggerAction sent from here; nothing attaches to the popup
// until a quiet period has passed, then the card title's paint time is read from the page's own
// Element Timing entry (the title carries `elementtiming="card-title"`). Attaching a debugger to
// the popup mid-load, as an earlier version of this bench did, cost the popup time it measured.
import type { Page } from 'playwright-core';
import { sendToolbarClick, type ExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { RawTarget } from '../../tests/e2e/harness/raw-target';

// Resolves with the title's paint (buffered Element Timing entries include the ones before this
// ran), or null when no card title is painted within `timeoutMs`.
const CARD_PAINT = (timeoutMs: number) => `new Promise((resolve) => {
  const done = (renderTime) => resolve(renderTime === null ? null : {
    renderTime,
    timeOrigin: performance.timeOrigin,
    domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  });
  new PerformanceObserver((list, observer) => {
    const title = list.getEntries().find((entry) => entry.identifier === 'card-title');
    if (title) { observer.disconnect(); done(title.renderTime || title.loadTime); }
  }).observe({ type: 'element', buffered: true });
  setTimeout(() => done(null), ${timeoutMs});
})`;

interface PopupMarks {
  renderTime: number;
  timeOrigin: number;
  domContentLoaded: number;
}

export interface ClickTiming {
  /** Click to the frame that painted the card title (what the user waits). */
  totalMs: number;
  /** Click to the popup document's time origin (the browser opening the popup). */
  openMs: number;
  /** Popup time origin to DOMContentLoaded (loading the popup's scripts). */
  loadMs: number;
}

export class PopupTimer {
  private constructor(private readonly browser: ExtensionBrowser) {}

  static start(browser: ExtensionBrowser): PopupTimer {
    return new PopupTimer(browser);
  }

  /**
   * One toolbar click on `page`'s tab, timed to the card title's paint; closes the popup.
   * `quietMs` is how long the popup is left alone before it is looked at.
   */
  async clickToCard(page: Page, { quietMs = 1500, timeoutMs = 30_000 } = {}): Promise<ClickTiming> {
    const click = await sendToolbarClick(this.browser, page);
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const popupId = await click.popup();
    if (!popupId) throw new Error(`The popup did not open within ${quietMs} ms of the click`);
    const popup = await RawTarget.attach(this.browser.cdp, popupId);
    try {
      const marks = await popup.evaluate<PopupMarks | null>(CARD_PAINT(timeoutMs));
      if (!marks) {
        const shown = await popup.evaluate<string>('document.body.innerText').catch(() => '(unreadable)');
        throw new Error(`No card in the popup; it shows: ${shown.slice(0, 300)}`);
      }
      return {
        totalMs: marks.timeOrigin + marks.renderTime - click.sentAt,
        openMs: marks.timeOrigin - click.sentAt,
        loadMs: marks.domContentLoaded,
      };
    } finally {
      await popup.close();
    }
  }
}

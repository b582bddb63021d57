// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SAVED_LOOKUP_DELAY_MS } from '../../../components/CardActions';
import { PopupApp } from '../../../components/PopupApp';
import type { PopupServices, TargetTab } from '../../../components/popup-services';
import type { DigestOutcome } from '../../../lib/messages';
import { sampleArticle, sampleDigest } from '../library/sample-records';
import { root, settle, useRenderRoot } from '../../helpers/render-root';
import { defaultObsidianSettings } from '../../../lib/obsidian/obsidian-settings';
import { obsidianTag } from '../../../lib/obsidian/obsidian-tag';
import { setTestLocale } from '../../helpers/test-i18n';

const longArticle = sampleArticle({ wordCount: 600, coverage: { status: 'partial', visibleWords: 412, estimatedWords: 2000, reason: 'Subscribe gate' } });

type Extracted = { ok: true; article: ReturnType<typeof sampleArticle> } | Extract<DigestOutcome, { ok: false }>;

function fakeServices(tab: TargetTab, outcome: Extracted, calls: string[] = []): PopupServices {
  return {
    targetTab: async () => tab,
    waitUntilLoaded: async () => ({ ...tab, status: 'complete' }),
    digestTab: async () => {
      calls.push('digest');
      return outcome.ok ? { ...outcome, digest: sampleDigest({ keyInsights: [{ text: 'Insight one.', quote: 'Amazon builds primitives.' }] }) } : outcome;
    },
    toMarkdown: (article) => `# ${article.title}\n`,
    isSaved: async () => false,
    save: async () => {
      calls.push('save');
    },
    copyText: async (text) => {
      calls.push(`copy ${text}`);
    },
    download: (name) => {
      calls.push(`download ${name}`);
    },
    openLibrary: async (target) => {
      calls.push(`library${target ? ` ${JSON.stringify(target)}` : ''}`);
    },
    obsidianSettings: async () => ({ ...defaultObsidianSettings(), vault: 'Notes' }),
    openUrl: (url) => {
      calls.push(`open ${url}`);
    },
  };
}

useRenderRoot();

async function show(services: PopupServices): Promise<void> {
  await act(async () => {
    render(<PopupApp services={services} />, root);
  });
  await settle();
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

/** Lets the card's delayed library lookup start (real time: a quarter second). */
async function lookupDelay(): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, SAVED_LOOKUP_DELAY_MS + 20)));
}

async function press(name: string): Promise<void> {
  await act(async () => button(name).click());
  await settle();
}

describe('PopupApp', () => {
  it.each([
    ['chrome://settings', 'complete', 'This is a browser page'],
    [undefined, 'complete', 'This is a browser page'],
    ['https://chromewebstore.google.com/detail/x', 'complete', 'Add-on stores cannot be read'],
    ['https://a.org/paper.pdf', 'complete', 'PDFs are not supported yet'],
  ])('%s (%s) shows "%s" without injecting anything', async (url, status, title) => {
    const calls: string[] = [];
    await show(fakeServices({ id: 1, url, status }, { ok: true, article: longArticle }, calls));
    expect(root.querySelector('.status-title')?.textContent).toBe(title);
    expect(calls).toEqual([]);
  });

  it.each([
    [{ ok: false as const, error: { code: 'not-readerable' as const, message: 'x' } }, 'No article found on this page'],
    [{ ok: true as const, article: sampleArticle({ wordCount: 3 }) }, 'No article found on this page'],
    [{ ok: false as const, error: { code: 'timeout' as const, message: 'The page did not answer.' } }, 'The page took too long'],
  ])('an outcome becomes a message: %j', async (outcome, title) => {
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, outcome));
    expect(root.querySelector('.status-title')?.textContent).toBe(title);
  });

  it('says why a page has no article when the extractor knows', async () => {
    const reason = 'This looks like an error page (the page was not found or is not available), so there is no article to digest.';
    await show(fakeServices({ id: 1, url: 'https://a.org/missing', status: 'complete' }, { ok: false, error: { code: 'not-readerable', message: reason } }));
    expect(root.querySelector('.status-title')?.textContent).toBe('No article found on this page');
    expect(root.querySelector('.status')?.textContent).toContain(reason);
  });

  it('shows an error with Try again when the flow throws, and retries', async () => {
    let fail = true;
    const services = fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle });
    services.digestTab = async () => {
      if (fail) throw new Error('tab closed');
      return { ok: true, article: longArticle, digest: sampleDigest() };
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await show(services);
    expect(root.querySelector('[role=alert] .status-title')?.textContent).toBe('Something went wrong');
    expect(root.querySelector('[role=alert] p')?.textContent).toBe('tab closed');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    fail = false;
    await press('Try again');
    expect(root.querySelector('.card-title')?.textContent).toBe(longArticle.title);
  });

  it('waits for a loading page, then shows the card with badge, quote links and chips', async () => {
    await show(fakeServices({ id: 1, url: 'https://a.org/post', status: 'loading' }, { ok: true, article: { ...longArticle, url: 'https://a.org/post' } }));
    expect(root.querySelector('.card-title a')?.getAttribute('href')).toBe('https://a.org/post');
    expect(root.querySelector('.coverage .badge')?.textContent).toBe('Preview only: 412 of ~2,000 words');
    expect(root.querySelector('[data-section="key-insights"] .quote-link')?.getAttribute('href')).toBe('https://a.org/post#:~:text=Amazon%20builds%20primitives.');
    expect([...root.querySelectorAll('[data-section="audience"] .chip')].map((c) => c.textContent)).toEqual(['CTO']);
  });

  it('never links a javascript: page, and renders page text as text', async () => {
    const article = { ...longArticle, url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' };
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article }));
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.card-title')?.textContent).toBe(article.title);
  });

  it('runs the actions and announces their results', async () => {
    const calls: string[] = [];
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }, calls));
    await press('Save');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Saved to your library.');
    await press('Saved ✓');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Updated in your library.');
    await press('Copy Markdown');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Markdown copied.');
    await press('Download .md');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Downloading Amazon’s Durability.md.');
    await press('Send to Obsidian');
    const obsidian = 'obsidian://new?file=Clippings%2FAmazon%E2%80%99s%20Durability&vault=Notes&clipboard';
    expect(root.querySelector('#action-notice')?.textContent).toBe('Note copied; opening Obsidian… Open in Obsidian');
    expect(root.querySelector('#action-notice a')?.getAttribute('href')).toBe(obsidian);
    await press('Open library');
    expect(calls).toEqual([
      'digest',
      'save',
      'save',
      `copy # ${longArticle.title}\n`,
      'download Amazon’s Durability.md',
      // The note reaches the clipboard before Obsidian is asked to read it.
      `copy # ${longArticle.title}\n`,
      `open ${obsidian}`,
      'library {"url":"https://example.org/post"}',
    ]);
  });

  it('opens the library filtered by a topic or an audience chip', async () => {
    const calls: string[] = [];
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }, calls));
    const chip = (section: string, name: string) => [...root.querySelectorAll(`[data-section="${section}"] button.chip`)].find((b) => b.textContent === name) as HTMLButtonElement;
    await act(async () => chip('topics', sampleDigest().topics[0]!).click());
    await act(async () => chip('audience', 'CTO').click());
    expect(calls.slice(1)).toEqual([`library {"topic":"${obsidianTag(sampleDigest().topics[0]!)}"}`, 'library {"audience":"CTO"}']);
  });

  it('shows the card before the library is asked whether it is saved, asks once the card is up, then says so', async () => {
    let answer: ((saved: boolean) => void) | undefined;
    const services = { ...fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }) };
    services.isSaved = () => new Promise<boolean>((resolve) => (answer = resolve));
    await show(services);
    expect(root.querySelector('.card-title')).not.toBeNull();
    expect(button('Save')).toBeDefined();
    expect(answer).toBeUndefined();
    await lookupDelay();
    expect(answer).toBeDefined();
    await act(async () => answer?.(true));
    await settle();
    expect(button('Saved ✓')).toBeDefined();
  });

  it('reads a failed library lookup as not saved, and still shows the card', async () => {
    const services = fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle });
    services.isSaved = async () => {
      throw new Error('IndexedDB is unavailable');
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await show(services);
    expect(root.querySelector('.card-title')).not.toBeNull();
    await lookupDelay();
    await settle();
    expect(button('Save')).toBeDefined();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('asks the library at once when Save is pressed before the lookup began, and says Updated for an article it holds', async () => {
    let answer: ((saved: boolean) => void) | undefined;
    const services = fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle });
    services.isSaved = () => new Promise<boolean>((resolve) => (answer = resolve));
    await show(services);
    const pressed = press('Save');
    await settle();
    expect(answer).toBeDefined();
    await act(async () => answer?.(true));
    await pressed;
    expect(root.querySelector('#action-notice')?.textContent).toBe('Updated in your library.');
    expect(button('Saved ✓')).toBeDefined();
  });
});

/** What the keyboard reaches, in order: the page's focusable elements as Tab visits them. */
const tabStops = () => [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')].filter((element) => !element.hasAttribute('disabled'));

async function key(name: string, target: EventTarget = document.body, modifiers: KeyboardEventInit = {}): Promise<void> {
  await act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...modifiers })));
  await settle();
}

describe('PopupApp from the keyboard', () => {
  it('reaches Save on the second Tab: the title, then the actions, then the card', async () => {
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }));
    const stops = tabStops().map((element) => element.textContent);
    expect(stops.slice(0, 6)).toEqual([longArticle.title, 'Save', 'Copy Markdown', 'Download .md', 'Send to Obsidian', 'Open library']);
    expect(stops.slice(6)).toEqual(expect.arrayContaining([expect.stringMatching(/^source: open the page at/)]));
  });

  it('leads with the title, the takeaway, then the summary', async () => {
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }));
    expect([...root.querySelectorAll('.card-section')].slice(0, 2).map((section) => section.getAttribute('data-section'))).toEqual(['key-takeaway', 'summary']);
  });

  it('presses each button with its letter, named in its tooltip', async () => {
    const calls: string[] = [];
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }, calls));
    expect(button('Save').title).toBe('Save (key: S)');
    expect(button('Save').getAttribute('aria-keyshortcuts')).toBe('S');
    expect(['Copy Markdown', 'Download .md', 'Send to Obsidian', 'Open library'].map((name) => button(name).title)).toEqual([
      'Copy Markdown (key: C)',
      'Download .md (key: D)',
      'Send to Obsidian (key: O)',
      'Open library (key: L)',
    ]);
    await key('s');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Saved to your library.');
    await key('c');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Markdown copied.');
    await key('D');
    expect(root.querySelector('#action-notice')?.textContent).toBe('Downloading Amazon’s Durability.md.');
    await key('o');
    expect(root.querySelector('#action-notice')?.textContent).toMatch(/^Note copied; opening Obsidian…/);
    await key('l');
    expect(calls).toEqual(['digest', 'save', `copy # ${longArticle.title}\n`, 'download Amazon’s Durability.md', `copy # ${longArticle.title}\n`, expect.stringMatching(/^open obsidian:/), 'library {"url":"https://example.org/post"}']);
  });

  it('leaves the letters alone while the reader types, holds a modifier, or a key repeats', async () => {
    const calls: string[] = [];
    await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }, calls));
    const field = document.createElement('input');
    const area = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    document.body.append(field, area);
    try {
      await key('s', field);
      await key('c', area);
      await key('d', document.body, { ctrlKey: true });
      await key('l', document.body, { metaKey: true });
      await key('o', document.body, { altKey: true });
      await key('s', document.body, { repeat: true });
      expect(calls).toEqual(['digest']);
      expect(root.querySelector('#action-notice')?.textContent).toBe('');
    } finally {
      field.remove();
      area.remove();
    }
  });

  it('has no shortcuts while the popup shows a message', async () => {
    const calls: string[] = [];
    await show(fakeServices({ id: 1, url: 'chrome://settings', status: 'complete' }, { ok: true, article: longArticle }, calls));
    await key('l');
    expect(calls).toEqual([]);
  });
});

describe('PopupApp in the browser’s language', () => {
  it('speaks German in a German browser: sections, buttons, badge, source line, tooltips, the page’s lang', async () => {
    setTestLocale('de');
    try {
      await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: true, article: longArticle }));
      expect([...root.querySelectorAll('.card-section h2')].map((h) => h.textContent)).toEqual(['Kernaussage', 'Zusammenfassung', 'Erkenntnisse', 'Themen', 'Ideal für']);
      expect([...root.querySelectorAll('.card-actions button')].map((b) => b.textContent)).toEqual(['Speichern', 'Markdown kopieren', '.md herunterladen', 'An Obsidian senden', 'Bibliothek öffnen']);
      expect(button('Speichern').title).toBe('Speichern (Taste: S)');
      expect(root.querySelector('.coverage .badge')?.textContent).toBe('Nur Vorschau: 412 von ~2.000 Wörtern');
      expect(root.querySelector('.source-line')?.textContent).toBe('Stratechery · Ben Thompson · 17. Nov. 2026 · 3 Min. Lesezeit');
      expect([...root.querySelectorAll('[data-section="audience"] .chip')].map((c) => c.textContent)).toEqual(['CTOs']);
      // The article's words keep the article's language.
      expect(root.querySelector('.summary')?.getAttribute('lang')).toBe('en');
      await press('Speichern');
      expect(root.querySelector('#action-notice')?.textContent).toBe('In Ihrer Bibliothek gespeichert.');
    } finally {
      setTestLocale('en', 'en-GB');
    }
  });

  it('says why in the browser’s language, with lib’s own words under Details', async () => {
    setTestLocale('fr');
    try {
      await show(fakeServices({ id: 1, url: 'https://a.org/', status: 'complete' }, { ok: false, error: { code: 'timeout', message: 'The page did not answer within 15 seconds.' } }));
      expect(root.querySelector('.status-title')?.textContent).toBe('La page a mis trop de temps');
      expect(root.querySelector('.status-detail summary')?.textContent).toBe('Détails');
      expect(root.querySelector('.status-detail p')?.textContent).toBe('The page did not answer within 15 seconds.');
      expect(root.querySelector('.status-detail p')?.getAttribute('lang')).toBe('en');
    } finally {
      setTestLocale('en', 'en-GB');
    }
  });
});

// Which pages the popup can digest, decided from the tab's address before anything is injected,
// so browser pages, stores and PDFs get a clear message instead of a blank popup.

export type TabVerdict = 'readable' | 'browser-page' | 'web-store' | 'pdf' | 'loading' | 'not-web';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source):/i;
const WEB_STORES: readonly RegExp[] = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

export function classifyTab(url: string | undefined, status: string | undefined): TabVerdict {
  // Even after a click grants activeTab, the browser hides the address of its own pages.
  if (!url) return 'browser-page';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (!/^https?:/i.test(url)) return 'not-web';
  if (WEB_STORES.some((store) => store.test(url))) return 'web-store';
  if (/\.pdf$/i.test(url.split(/[?#]/)[0] ?? '')) return 'pdf';
  if (status === 'loading') return 'loading';
  return 'readable';
}

// What to tell the reader when the browser refuses to inject the extractor into a tab. Pure: the
// background hands in the browser's error and the tab as it reads it.
import type { Failure } from './article';
import { failure } from './failure';

/** The parts of a browser tab this looks at; `url` is only there while the extension may see the tab. */
export interface InjectedTab {
  url?: string;
  favIconUrl?: string;
}

const REFUSED = /permission|cannot access|cannot be scripted|host/i;
/** The icon Firefox gives a tab showing its built-in PDF viewer (pdf.js), whose page runs with the viewer's own principal. */
const BROWSER_PDF_ICON = /^chrome:\/\/.*\/pdf\.svg$/;

/**
 * A refusal as an expected failure, or undefined when `message` is not a refusal (a bug, which
 * the caller throws). Without the "tabs" permission a tab's address is visible only while the
 * click's activeTab grant is in force, so a refusal with the address visible means the browser
 * keeps this very page from extensions (Firefox: its PDF viewer, its reader view, the Mozilla
 * sites on its restricted list) and clicking again will not help; without it, the grant is gone
 * (the tab navigated since the click).
 */
export function describeInjectionFailure(message: string, tab: InjectedTab | undefined): { ok: false; error: Failure } | undefined {
  if (!REFUSED.test(message)) return undefined;
  if (tab?.url && BROWSER_PDF_ICON.test(tab.favIconUrl ?? '')) {
    return failure('not-html', "This page is a PDF in the browser's PDF viewer, not an article page.");
  }
  if (tab?.url) {
    return failure('restricted-page', 'The browser does not let extensions read this page (its own viewers and some of its own sites are protected).');
  }
  return failure(
    'restricted-page',
    'Article Digest may only read a page right after you click its icon, press Alt+Shift+D or pick "Digest this page" there. Do that again on this page.',
  );
}

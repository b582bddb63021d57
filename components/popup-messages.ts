// The words the popup shows instead of a card, one per reason, so no case ends in a blank popup.
import type { FailureCode } from '../lib/article';
import type { TabVerdict } from './format/classify-tab';

export interface PopupMessage {
  title: string;
  body: string;
  /** Whether trying again could help (offers a "Try again" button). */
  retry: boolean;
}

export const VERDICT_MESSAGES: Record<Exclude<TabVerdict, 'readable'>, PopupMessage> = {
  'browser-page': {
    title: 'This is a browser page',
    body: 'Article Digest reads articles on the web. Browser pages such as settings, new tabs and extension pages cannot be read by extensions.',
    retry: false,
  },
  'web-store': {
    title: 'Add-on stores cannot be read',
    body: 'The browser does not let extensions read its add-on store. Open an article and click Article Digest there.',
    retry: false,
  },
  pdf: {
    title: 'PDFs are not supported yet',
    body: 'Article Digest reads web pages. Open the web version of this document, if there is one.',
    retry: false,
  },
  'not-web': {
    title: 'This is not a web page',
    body: 'Article Digest reads pages served over http or https.',
    retry: false,
  },
  loading: {
    title: 'The page is still loading',
    body: 'Try again once it has finished loading.',
    retry: true,
  },
};

/** Fewer words than this is a page with no article (a shop, a login, a list), not a short one. */
export const MIN_ARTICLE_WORDS = 40;

const NO_ARTICLE = 'Article Digest looks for the main text of an article or blog post. This page looks like a home page, a list or an app. Open a single article and try again.';

export function failureMessage(code: FailureCode, detail: string): PopupMessage {
  switch (code) {
    case 'not-readerable':
    case 'empty':
      return {
        title: 'No article found on this page',
        // The extractor says why when it knows (an error page, a sign-in wall, a list of articles).
        body: code === 'not-readerable' && detail ? `${detail} Open a single article and try again.` : NO_ARTICLE,
        retry: false,
      };
    case 'not-html':
      return { title: 'This is not an HTML page', body: detail, retry: false };
    case 'restricted-page':
      return { title: 'This page cannot be read', body: detail, retry: true };
    case 'timeout':
      return { title: 'The page took too long', body: detail, retry: true };
    default:
      return { title: 'The page could not be read', body: detail, retry: true };
  }
}

// The words the popup shows instead of a card, one per reason, so no case ends in a blank popup.
// A failure's own message (lib's, naming the exact cause: "the page did not answer within 15
// seconds", "this looks like an error page") is English: an English interface shows it as the
// message; another language shows its own words, and lib's under Details.
import type { FailureCode } from '../lib/article';
import type { TabVerdict } from './format/classify-tab';
import { t, type MessageKey } from './i18n/t';

export interface PopupMessage {
  title: string;
  body: string;
  /** The technical cause, when there is one worth showing (folded under Details). */
  detail?: string;
  /** Whether trying again could help (offers a "Try again" button). */
  retry: boolean;
}

interface MessageKeys {
  title: MessageKey;
  body: MessageKey;
  retry: boolean;
}

const VERDICT_MESSAGES: Record<Exclude<TabVerdict, 'readable'>, MessageKeys> = {
  'browser-page': { title: 'browserPageTitle', body: 'browserPageBody', retry: false },
  'web-store': { title: 'webStoreTitle', body: 'webStoreBody', retry: false },
  pdf: { title: 'pdfTitle', body: 'pdfBody', retry: false },
  'not-web': { title: 'notWebTitle', body: 'notWebBody', retry: false },
  loading: { title: 'loadingTitle', body: 'loadingBody', retry: true },
};

const FAILURE_MESSAGES: Partial<Record<FailureCode, MessageKeys>> = {
  'not-readerable': { title: 'noArticleTitle', body: 'noArticleBody', retry: false },
  empty: { title: 'noArticleTitle', body: 'noArticleBody', retry: false },
  'not-html': { title: 'notHtmlTitle', body: 'notHtmlBody', retry: false },
  'restricted-page': { title: 'restrictedTitle', body: 'restrictedBody', retry: true },
  timeout: { title: 'timeoutTitle', body: 'timeoutBody', retry: true },
  'too-large': { title: 'tooLargeTitle', body: 'tooLargeBody', retry: false },
};
const OTHER_FAILURE: MessageKeys = { title: 'unreadableTitle', body: 'unreadableBody', retry: true };

/** Fewer words than this is a page with no article (a shop, a login, a list), not a short one. */
export const MIN_ARTICLE_WORDS = 40;

function message(keys: MessageKeys, detail?: string): PopupMessage {
  if (detail && t('locale') === 'en') {
    // The extractor says why a page has no article when it knows (an error page, a sign-in wall).
    const body = keys.title === 'noArticleTitle' ? `${detail} ${t('noArticleTryAgain')}` : detail;
    return { title: t(keys.title), body, retry: keys.retry };
  }
  return { title: t(keys.title), body: t(keys.body), retry: keys.retry, ...(detail ? { detail } : {}) };
}

export function verdictMessage(verdict: Exclude<TabVerdict, 'readable'>): PopupMessage {
  return message(VERDICT_MESSAGES[verdict]);
}

/** A page whose article is empty once cleaned says no more than that it has none. */
export function failureMessage(code: FailureCode, detail: string): PopupMessage {
  return message(FAILURE_MESSAGES[code] ?? OTHER_FAILURE, code === 'empty' ? undefined : detail);
}

/** A bug in the popup: said plainly, with the error under Details. */
export function unexpectedMessage(detail: string): PopupMessage {
  return message({ title: 'errorUnexpectedTitle', body: 'errorUnexpectedBody', retry: true }, detail);
}

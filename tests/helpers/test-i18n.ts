// Unit tests run outside the browser: this stands in for browser.i18n, answering from
// public/_locales as the extension does (English in an English browser, British dates, by
// default: see vitest.config.ts). `setTestLocale` switches it, for a test in another language.
import { messageGetter } from '../../scripts/i18n/locale-messages';

interface I18nStandIn {
  getMessage: (key: string, substitutions?: string | string[]) => string;
  getUILanguage: () => string;
}

/** The object @wxt-dev/browser reads as `browser.i18n`: changed in place, never replaced. */
function i18n(): I18nStandIn {
  const scope = globalThis as { chrome?: { i18n?: I18nStandIn } };
  scope.chrome ??= {};
  scope.chrome.i18n ??= { getMessage: () => '', getUILanguage: () => 'en' };
  return scope.chrome.i18n;
}

/** Messages from `locale` (English for what it lacks), the browser's language `uiLanguage`. */
export function setTestLocale(locale: string, uiLanguage = locale): void {
  Object.assign(i18n(), { getMessage: messageGetter(locale), getUILanguage: () => uiLanguage });
}

/** Any message getter (a pseudo-locale), with the browser's language `uiLanguage`. */
export function setTestMessages(getMessage: I18nStandIn['getMessage'], uiLanguage = 'en'): void {
  Object.assign(i18n(), { getMessage, getUILanguage: () => uiLanguage });
}

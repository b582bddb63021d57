// The background's answer when the browser refuses to inject the extractor into a tab.
import { describe, expect, it } from 'vitest';
import { describeInjectionFailure } from '../../../lib/describe-injection-failure';

const FIREFOX_REFUSAL = 'Missing host permission for the tab';
const CHROME_REFUSAL = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

describe('describeInjectionFailure', () => {
  it.each([FIREFOX_REFUSAL, CHROME_REFUSAL])('without the click’s grant (the tab’s address hidden), asks for a new click: %s', (message) => {
    const answer = describeInjectionFailure(message, { url: undefined });
    expect(answer?.error.code).toBe('restricted-page');
    expect(answer?.error.message).toMatch(/right after you click its icon/);
  });

  it('the tab closed meanwhile reads as no grant', () => {
    expect(describeInjectionFailure(FIREFOX_REFUSAL, undefined)?.error.message).toMatch(/right after you click its icon/);
  });

  it('Firefox’s PDF viewer, granted yet refused, is a PDF and not an article page', () => {
    const tab = { url: 'http://127.0.0.1:8080/report', favIconUrl: 'chrome://global/skin/icons/pdf.svg' };
    expect(describeInjectionFailure(FIREFOX_REFUSAL, tab)).toEqual({
      ok: false,
      error: { code: 'not-html', message: "This page is a PDF in the browser's PDF viewer, not an article page." },
    });
  });

  it('another page the browser protects, granted yet refused, says clicking again will not help', () => {
    const answer = describeInjectionFailure(FIREFOX_REFUSAL, { url: 'https://support.mozilla.org/en-US/kb/a', favIconUrl: 'https://support.mozilla.org/favicon.ico' });
    expect(answer?.error.code).toBe('restricted-page');
    expect(answer?.error.message).toMatch(/does not let extensions read this page/);
    expect(answer?.error.message).not.toMatch(/click/);
  });

  it('a page whose own icon is named pdf.svg is not taken for the viewer', () => {
    expect(describeInjectionFailure(FIREFOX_REFUSAL, { url: 'https://example.org/a', favIconUrl: 'https://example.org/pdf.svg' })?.error.code).toBe('restricted-page');
  });

  it('any other error is not a refusal: the caller throws it as a bug', () => {
    expect(describeInjectionFailure('Could not load file: "extractor.js".', { url: 'https://example.org/a' })).toBeUndefined();
  });
});

// The site modules, and which of them apply to a page. Generic rules live in ../steps and run for
// every page; a site module only adds what is special about its site.
import { findBody, findHead } from '../../dom/document-parts';
import { elementsNamed } from '../element-tests';
import { hostOf } from '../host-of';
import type { HeadMark, SiteRule } from './site-rule';
import { fourweekmba } from './fourweekmba';
import { ghost } from './ghost';
import { medium } from './medium';
import { stratechery } from './stratechery';
import { substack } from './substack';
import { wordpress } from './wordpress';

export const SITE_RULES: readonly SiteRule[] = [wordpress, substack, ghost, medium, fourweekmba, stratechery];

/**
 * The site rules that apply to `document` at `url`: by host name, or by the platform's marks in
 * <head> and on <body>. Only those two places are searched: a selector over the whole page costs
 * more than all the cleaning steps together.
 */
export function matchSiteRules(document: Document, url: string): SiteRule[] {
  const host = hostOf(url);
  const head = findHead(document);
  const marks = head ? elementsNamed(head, MARK_TAGS) : [];
  const bodyClass = findBody(document)?.getAttribute('class') ?? '';
  return SITE_RULES.filter(
    (rule) =>
      (host && rule.hosts?.some((h) => host === h || host.endsWith(`.${h}`))) ||
      rule.detectInHead?.some((mark) => marks.some((element) => isMark(element, mark))) ||
      (rule.detectBodyClass !== undefined && rule.detectBodyClass.test(bodyClass)),
  );
}

const MARK_TAGS = new Set(['meta', 'link', 'script']);
/** "name=generator", "content^=Ghost", "href*=/wp-content/": attribute, operator, value. */
const ATTRIBUTE_TEST = /^([\w:-]+)([*^]?=)(.*)$/;

function isMark(element: Element, [tag, ...tests]: HeadMark): boolean {
  return (
    element.localName === tag &&
    tests.every((test) => {
      const [, name = '', operator, expected = ''] = ATTRIBUTE_TEST.exec(test) ?? [];
      const value = element.getAttribute(name) ?? '';
      return operator === '=' ? value === expected : operator === '^=' ? value.startsWith(expected) : value.includes(expected);
    })
  );
}

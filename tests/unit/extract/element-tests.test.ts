import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { countProseParagraphs, countWords, elementsNamed, elementsWhere, hasElementWhere } from '../../../lib/extract/element-tests';

describe('elementsNamed', () => {
  const page = parseHtml(
    '<!DOCTYPE html><html><body><div id="a"><p>1</p><span><em>2</em></span><ul><li><p>3</p></li></ul>' +
      '<template><p>hidden</p></template><svg><a>link</a></svg></div><p>4</p></body></html>',
  );

  it('finds what querySelectorAll finds, in document order, template contents skipped', () => {
    const body = page.body;
    for (const names of [['p'], ['p', 'ul', 'em'], ['div', 'span', 'li'], ['a']]) {
      expect(elementsNamed(body, new Set(names))).toEqual(Array.from(body.querySelectorAll(names.join(', '))));
    }
  });

  it('looks only under the root', () => {
    const root = page.getElementById('a') as Element;
    expect(elementsNamed(root, new Set(['p'])).map((p) => p.textContent)).toEqual(['1', '3']);
  });
});

describe('elementsWhere', () => {
  it('finds what the selector its test stands for finds', () => {
    const page = parseHtml('<!DOCTYPE html><html><body><div role="dialog"><p aria-modal="true">x</p></div><dialog></dialog><div role="Dialog"></div></body></html>');
    const isOverlay = (element: Element) => element.localName === 'dialog' || element.getAttribute('role') === 'dialog' || element.getAttribute('aria-modal') === 'true';
    expect(elementsWhere(page.body, isOverlay)).toEqual(Array.from(page.body.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog')));
  });
});

describe('hasElementWhere', () => {
  it('answers as querySelector does, template contents skipped', () => {
    const page = parseHtml('<!DOCTYPE html><html><body><div><template><h1>x</h1></template><p><b>y</b></p></div></body></html>');
    const isH1 = (element: Element) => element.localName === 'h1';
    const isBold = (element: Element) => element.localName === 'b';
    expect(hasElementWhere(page.body, isH1)).toBe(page.body.querySelector('h1') !== null);
    expect(hasElementWhere(page.body, isBold)).toBe(true);
    expect(hasElementWhere(page.body.querySelector('b') as Element, isBold)).toBe(false);
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits in any script, the same on every call', () => {
    // Called twice in a row on each text: the shared global pattern must start afresh each time.
    for (const [text, words] of [['', 0], ['  — … ', 0], ["It's 2026: Zürich, naïve café!", 6], ['東京 と Москва', 3], ['one', 1]] as const) {
      expect([countWords(text), countWords(text)]).toEqual([words, words]);
      expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
    }
  });
});

describe('countProseParagraphs', () => {
  it('counts the paragraphs of 80 characters or more under the root, nested ones too', () => {
    const long = 'x'.repeat(80);
    const page = parseHtml(
      `<!DOCTYPE html><html><body><p>${long}</p><p>short</p><div><p><b>${long.slice(0, 40)}</b>${long.slice(40)}</p><section><p>${long}9</p></section></div></body></html>`,
    );
    const prose = Array.from(page.body.getElementsByTagName('p')).filter((p) => (p.textContent ?? '').length >= 80).length;
    expect(countProseParagraphs(page.body)).toBe(3);
    expect(countProseParagraphs(page.body)).toBe(prose);
    expect(countProseParagraphs(page.body.querySelector('div') as Element)).toBe(2);
  });
});

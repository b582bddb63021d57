import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { TAG_SOUP_PAGES, type TagSoupPage } from '../../helpers/tag-soup-pages';

/** The element tree as tag names, the way a browser's devtools would show its top. */
function outline(element: Element, depth: number): string {
  const children = depth > 0 ? Array.from(element.children, (child) => outline(child, depth - 1)).join(' ') : '';
  return children ? `${element.localName}(${children})` : element.localName;
}

describe('parseHtml builds the tree a browser builds', () => {
  it.each(TAG_SOUP_PAGES)('for $name: <html> with <head> and <body>, and the article reads', ({ html, sentence }) => {
    const document = parseHtml(html, 'https://example.com/news/quay');
    expect(document.documentElement.localName).toBe('html');
    expect(Array.from(document.documentElement.children, (child) => child.localName)).toEqual(['head', 'body']);
    expect(document.body.textContent).toContain(sentence);
    const result = extractArticle(document);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.article.text).toContain(sentence);
    expect(result.article.title).toBe('The new quay opens next spring');
  });

  it('puts a PHP warning at the top of the body and head elements in the head, as a browser does', () => {
    const [warning, script, meta] = TAG_SOUP_PAGES as [TagSoupPage, TagSoupPage, TagSoupPage];
    expect(outline(parseHtml(warning.html).documentElement, 1)).toBe('html(head body)');
    expect(parseHtml(warning.html).body.firstElementChild?.localName).toBe('br');
    expect(outline(parseHtml(script.html).head, 1)).toBe('head(script title meta)');
    expect(outline(parseHtml(meta.html).head, 1)).toBe('head(meta meta title meta)');
  });

  it.each([
    ['text after </html>', '<html><body><p>One</p></body></html><p>Two</p>', 'body(p p)'],
    ['a block inside <p>', '<p>One<div>Two</div></p>', 'body(p div p)'],
    ['stray text in a table', '<table><tr><td>Cell</td></tr>Stray</table>', 'body(table(tbody(tr)))'],
    ['a <template>, kept out of the tree', '<p>Shown</p><template><p>Hidden</p></template>', 'body(p template)'],
  ])('follows the standard for %s', (_name, html, expected) => {
    const document = parseHtml(html);
    expect(outline(document.body, 3)).toBe(expected);
    expect(document.body.textContent).not.toContain('Hidden');
    if (html.includes('Stray')) expect(document.body.firstChild?.textContent).toBe('Stray');
  });

  it('keeps attributes in the page order and SVG in its namespace', () => {
    const document = parseHtml('<div id="a" class="b c" data-x="1">t</div><svg viewBox="0 0 1 1"><clipPath id="p"></clipPath></svg>');
    const div = document.body.firstElementChild as Element;
    expect(Array.from(div.attributes, (a) => a.name)).toEqual(['id', 'class', 'data-x']);
    expect(div.className).toBe('b c');
    const svg = document.getElementsByTagName('svg')[0] as Element;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.firstElementChild?.localName).toBe('clipPath');
  });
});

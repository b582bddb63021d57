// The article element into blocks: what the digest reads.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { toBlocks } from '../../../lib/extract/to-blocks';

function blocksOf(html: string) {
  const document = parseHtml(`<!DOCTYPE html><html><body><div id="a">${html}</div></body></html>`);
  return toBlocks(document.getElementById('a') as Element, () => null).map(({ type, text }) => ({ type, text }));
}

describe('toBlocks', () => {
  it.each([
    ['line numbers in spans', '<pre><code><span class="ln">1</span>import torch\n<span class="ln">2</span>x = torch.ones(2)\n</code></pre>'],
    ['a gutter in a cell of its own', '<table><tr><td class="gutter"><pre>1\n2</pre></td><td class="code"><pre>import torch\nx = torch.ones(2)</pre></td></tr></table>'],
  ])('keeps code without its %s', (_name, html) => {
    expect(blocksOf(html)).toEqual([{ type: 'code', text: 'import torch x = torch.ones(2)' }]);
  });

  it('keeps numbers that are the code', () => {
    expect(blocksOf('<pre><code>x = <span class="mi">42</span>\n</code></pre>')).toEqual([{ type: 'code', text: 'x = 42' }]);
  });

  it("makes a box's bold label a heading of its own, not the first words of its text", () => {
    expect(blocksOf('<div class="summary"><strong>Summary</strong>Studies show that sleep matters.</div>')).toEqual([
      { type: 'heading', text: 'Summary' },
      { type: 'paragraph', text: 'Studies show that sleep matters.' },
    ]);
  });

  it.each([
    ['a bold name that starts a paragraph', '<p><strong>Tim Cook</strong> Apple’s chief spoke first.</p>', 'Tim Cook Apple’s chief spoke first.'],
    ['a label with its colon', '<div><strong>Summary:</strong> Studies show that sleep matters.</div>', 'Summary: Studies show that sleep matters.'],
  ])('leaves %s in its sentence', (_name, html, text) => {
    expect(blocksOf(html)).toEqual([{ type: 'paragraph', text }]);
  });

  it('closes the gap a removed inline link leaves before a full stop or comma', () => {
    expect(blocksOf('<p>Readers across the globe . Others , too. Ellipses stay … and .5 too.</p>')).toEqual([
      { type: 'paragraph', text: 'Readers across the globe. Others, too. Ellipses stay … and .5 too.' },
    ]);
  });
});

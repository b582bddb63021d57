// What a reader would see cut or hidden on a page, measured in the page: the whole page scrolling
// sideways, an element out of the viewport's width, text wider than its box (a clipped or
// spilling label), a box that cuts its content. Lines clamped on purpose (a long gate notice, an
// entry's summary: their full text is a tooltip or a click away) are left out.
import type { Page } from 'playwright-core';

const INTENDED_CLAMPS = ['.coverage-reason', '.entry-summary', '.visually-hidden'];

// Sent as text: a function compiled by a loader that names its arrows (tsx) would call a helper
// the page does not have.
const FIND_CLIPPED = `(intended) => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const label = (element) => element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '') + ' “' + (element.textContent ?? '').trim().slice(0, 40) + '”';
  if (document.documentElement.scrollWidth > width) problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + width + ' px');
  for (const element of document.body.querySelectorAll('*')) {
    if (intended.some((selector) => element.closest(selector))) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -0.5 || box.right > width + 0.5) problems.push(label(element) + ' reaches ' + Math.round(box.left) + '…' + Math.round(box.right) + ' of ' + width + ' px');
    // A block whose content is wider than it: a label spilling out of its button, or cut.
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1 && element.matches('button, a, h1, h2, h3, p, li, label, summary, select, .chip, .badge')) {
      problems.push(label(element) + ' holds ' + element.scrollWidth + ' px of content in ' + element.clientWidth + ' px');
    }
    if (style.overflowY !== 'visible' && element.clientHeight > 0 && element.scrollHeight > element.clientHeight + 1 && element !== document.scrollingElement && element !== document.body) {
      problems.push(label(element) + ' cuts ' + (element.scrollHeight - element.clientHeight) + ' px of its content');
    }
  }
  return problems;
}`;

export async function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(`(${FIND_CLIPPED})(${JSON.stringify(INTENDED_CLAMPS)})`);
}

/** Where a column of `selector` sits: its width and its margins left and right in the viewport. */
export async function columnOf(page: Page, selector: string): Promise<{ width: number; left: number; right: number }> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { width: box.width, left: box.left, right: document.documentElement.clientWidth - box.right };
  });
}

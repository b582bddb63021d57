// Finding and reading elements of a page puppeteer drives, by their text.
import type { ElementHandle, Page } from 'puppeteer-core';

/** `text` as a pattern: a string matches exactly (the text trimmed), a RegExp as it is. */
export function exactly(text: string | RegExp): RegExp {
  return typeof text === 'string' ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : text;
}

/** The first `selector` whose trimmed text is `text` (or matches it), once one is in the page. */
export async function byText(page: Page, selector: string, text: string | RegExp, timeoutMs = 10_000): Promise<ElementHandle<Element>> {
  const pattern = exactly(text);
  const handle = await page.waitForFunction(
    (css: string, source: string, flags: string) => {
      const wanted = new RegExp(source, flags);
      return [...document.querySelectorAll(css)].find((element) => wanted.test(element.textContent?.trim() ?? '')) ?? false;
    },
    { timeout: timeoutMs, polling: 100 },
    selector,
    pattern.source,
    pattern.flags,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`No ${selector} reads ${String(text)}`);
  return element;
}

/** Clicks the button named `name`, with the mouse, once it is there. */
export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await (await byText(page, 'button', name)).click();
}

export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (element) => element.textContent);
}

export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));
}

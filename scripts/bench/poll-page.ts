// Polls an expression in a page until it is truthy, with evaluate: the extension's CSP forbids
// the string eval that playwright's waitForFunction uses.
import type { Page } from 'playwright-core';

export async function poll<T>(page: Page, expression: string, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate<T>(expression);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

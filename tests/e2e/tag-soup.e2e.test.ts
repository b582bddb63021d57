// Pages whose markup skips <html>, <head> or <body> (a PHP warning first, a bare <script>, <meta>
// tags, <head> without <html>): the built extractor, run in Chromium on the page the browser parsed,
// and the CLI, parsing the same bytes in Node, must read the same article text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAG_SOUP_PAGES } from '../helpers/tag-soup-pages';
import { EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { runCli } from './harness/run-cli';

interface Outcome {
  ok: boolean;
  article?: { title: string; text: string };
  error?: { code: string; message: string };
}

let browser: ExtensionBrowser;
let server: Server;
let origin = '';
const folder = mkdtempSync(join(tmpdir(), 'article-digest-tag-soup-'));
// The injected extractor as built: an IIFE whose value is its outcome, as executeScript returns it.
const extractor = readFileSync(join(EXTENSION_DIR, 'extractor.js'), 'utf8');

beforeAll(async () => {
  server = createServer((request, response) => {
    const index = Number(/^\/soup\/(\d+)\//.exec(request.url ?? '')?.[1] ?? -1);
    const page = TAG_SOUP_PAGES[index];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page?.html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

describe('tag soup reads the same in Node and in Chromium', () => {
  it.each(TAG_SOUP_PAGES.map((page, index) => [page.name, index] as const))('%s', async (_name, index) => {
    const page = TAG_SOUP_PAGES[index]!;
    const url = `${origin}/soup/${index}/`;
    const file = join(folder, `${index}.html`);
    writeFileSync(file, page.html);
    const [node, chromium] = await Promise.all([
      runCli(['--format', 'json', '--url', url, file]).then((json) => JSON.parse(json) as Outcome),
      browser.context.newPage().then(async (tab) => {
        await tab.goto(url);
        const outcome = await tab.evaluate<Outcome>(extractor);
        await tab.close();
        return outcome;
      }),
    ]);
    expect(chromium.ok, JSON.stringify(chromium.error)).toBe(true);
    expect(node.ok, JSON.stringify(node.error)).toBe(true);
    expect(chromium.article?.text).toContain(page.sentence);
    expect(node.article?.text).toBe(chromium.article?.text);
    expect(node.article?.title).toBe(chromium.article?.title);
  });
});

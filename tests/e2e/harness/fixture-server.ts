// Serves the fixture pages of tests/fixtures (and two pages that are no article: a shop, a site's page-not-found) on 127.0.0.1, each at its own path.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export const NO_ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Shop</title></head>
<body><nav><a href="/a">Home</a> <a href="/b">Shop</a> <a href="/c">Cart</a></nav>
<ul><li><a href="/p/1">Blue mug</a></li><li><a href="/p/2">Red mug</a></li></ul><footer>© Example Shop</footer></body></html>`;

/** A soft 404: the site's own page-not-found, answered with 200 and a few links, as many sites do. */
export const NOT_FOUND_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found – Example News</title></head>
<body><nav><a href="/">Home</a> <a href="/news/">News</a></nav><main><h1>Oops! That page can’t be found.</h1>
<p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p>
<ul><li><a href="/news/1">The harbour reopens after the storm</a></li><li><a href="/news/2">Council approves the new quay</a></li></ul></main></body></html>`;

/** How long /slow/ keeps the page loading: it sends the first half of an article, then the rest. */
export const SLOW_PAGE_MS = 1500;

function serveSlowly(response: ServerResponse, html: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const middle = html.indexOf('</p>') + '</p>'.length;
  response.write(html.slice(0, middle));
  setTimeout(() => response.end(html.slice(middle)), SLOW_PAGE_MS);
}

export interface FixtureServer {
  origin: string;
  /** Fixture names (file names without .html), in a stable order. */
  fixtures: string[];
  urlOf(fixture: string): string;
  fileOf(fixture: string): string;
  close(): Promise<void>;
}

/** Every fixture page (file names without .html), sorted; read at collection time so each gets a test. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = listFixtures();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/slow/') return serveSlowly(response, readFileSync(join(FIXTURES_DIR, `${fixtures[fixtures.length - 1]}.html`), 'utf8'));
    const fixture = /^\/fixtures\/([^/]+)\/$/.exec(path)?.[1];
    const pages: Record<string, string> = { '/no-article/': NO_ARTICLE_HTML, '/not-found/': NOT_FOUND_HTML };
    const body = fixture && fixtures.includes(fixture) ? readFileSync(join(FIXTURES_DIR, `${fixture}.html`)) : (pages[path] ?? null);
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fixtures,
    urlOf: (fixture) => `${origin}/fixtures/${fixture}/`,
    fileOf: (fixture) => join(FIXTURES_DIR, `${fixture}.html`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

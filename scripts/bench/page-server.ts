// Serves bench pages made in memory (the 50k-word synthetic article) on 127.0.0.1; the shared
// fixtures are served by the e2e suite's own fixture server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  urlOf(name: string): string;
  close(): Promise<void>;
}

export async function servePages(pages: ReadonlyMap<string, string>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const name = /^\/([^/]+)\/$/.exec(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)?.[1];
    const html = name ? pages.get(decodeURIComponent(name)) : undefined;
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urlOf: (name) => `${origin}/${encodeURIComponent(name)}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

// A web server of hostile answers on 127.0.0.1, for the CLI's URL input: a gzip bomb, a body of
// hundreds of megabytes, a byte every few seconds, a redirect loop, an image, and one good page.
// Bodies are streamed with backpressure, so the server itself stays small whatever it sends.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, createGzip } from 'node:zlib';

export interface HostileServerOptions {
  /** What the gzip bomb inflates to, in bytes. Its size on the wire is about a thousandth of this. */
  bombBytes: number;
  /** The length of the huge body, in bytes. */
  hugeBytes: number;
  /** The pause between the bytes of the dripping answer. */
  dripMs: number;
  /** The article served at /article. */
  articleHtml: string;
}

export interface HostileServer {
  origin: string;
  /** The hostile URLs in the order of the issue, the good article last, each with the code it must get. */
  cases: ReadonlyArray<{ name: string; url: string; expect: 'too-large' | 'timeout' | 'fetch-failed' | 'not-html' | 'ok' }>;
  close(): Promise<void>;
}

const PNG_HEAD = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

export async function startHostileServer(options: HostileServerOptions): Promise<HostileServer> {
  const bomb = await gzipOfZeros(options.bombBytes);
  const server = createServer((request, response) => void answer(request, response, options, bomb));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    cases: [
      { name: `gzip bomb (${megabytes(bomb.length)} on the wire, ${megabytes(options.bombBytes)} inflated)`, url: `${origin}/bomb`, expect: 'too-large' },
      { name: `${megabytes(options.hugeBytes)} body`, url: `${origin}/huge`, expect: 'too-large' },
      { name: `a byte every ${options.dripMs / 1000} s`, url: `${origin}/drip`, expect: 'timeout' },
      { name: 'redirect loop', url: `${origin}/loop`, expect: 'fetch-failed' },
      { name: 'a PNG', url: `${origin}/image`, expect: 'not-html' },
      { name: 'a good article', url: `${origin}/article`, expect: 'ok' },
    ],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function answer(request: IncomingMessage, response: ServerResponse, options: HostileServerOptions, bomb: Buffer): Promise<void> {
  // A client that gave up closes the socket: stop writing to it, quietly.
  response.on('error', () => undefined);
  switch (new URL(request.url ?? '/', 'http://127.0.0.1').pathname) {
    case '/bomb':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': bomb.length });
      return void response.end(bomb);
    case '/huge':
      // Chunked, with no length to refuse it by: only counting the bytes as they come stops it.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return streamFiller(response, options.hugeBytes);
    case '/huge-declared':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': options.hugeBytes });
      return streamFiller(response, options.hugeBytes);
    case '/drip':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return drip(response, options.dripMs);
    case '/loop':
      return void response.writeHead(302, { location: '/loop' }).end();
    case '/image':
      response.writeHead(200, { 'content-type': 'image/png' });
      return void response.end(Buffer.concat([PNG_HEAD, Buffer.alloc(4096)]));
    case '/article':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(options.articleHtml);
    default:
      return void response.writeHead(404).end();
  }
}

async function streamFiller(response: ServerResponse, bytes: number): Promise<void> {
  const chunk = Buffer.from('<p>filler '.repeat(6554).slice(0, 65_536));
  for (let sent = 0; sent < bytes && !response.destroyed; sent += chunk.length) {
    const slice = bytes - sent < chunk.length ? chunk.subarray(0, bytes - sent) : chunk;
    if (!response.write(slice)) await drained(response);
  }
  response.end();
}

function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done).off('close', done);
      resolve();
    };
    response.on('drain', done).on('close', done);
  });
}

async function drip(response: ServerResponse, ms: number): Promise<void> {
  while (!response.destroyed) {
    response.write('<');
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/** Zeros deflated at the highest level: about 1,000 to 1, the classic bomb. */
function gzipOfZeros(bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
    const out: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => out.push(chunk));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    gzip.on('error', reject);
    const zeros = Buffer.alloc(1024 * 1024);
    let left = bytes;
    const pump = () => {
      while (left > 0) {
        const slice = left < zeros.length ? zeros.subarray(0, left) : zeros;
        left -= slice.length;
        if (!gzip.write(slice)) return void gzip.once('drain', pump);
      }
      gzip.end();
    };
    pump();
  });
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

// A local stand-in for AI endpoints, on 127.0.0.1 only: speaks OpenAI chat-completions
// (POST /v1/chat/completions) and Anthropic Messages (POST /v1/messages), streamed as each
// does, and answers each request with the next scripted reply. Records every request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply =
  /** The model's text, streamed in slices (`delayMs` between slices makes a slow stream). */
  | { type: 'content'; text: string; sliceSize?: number; delayMs?: number }
  /** Headers and the first slice of `text`, then silence with the connection held open. */
  | { type: 'stall'; text?: string }
  /** Headers are never sent at all. */
  | { type: 'hang' }
  /** A plain HTTP answer: 429 with retry-after, 500, 401... */
  | { type: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** One JSON completion instead of a stream (servers that ignore `stream: true`). */
  | { type: 'unstreamed'; text: string }
  /** A 200 stream whose one event is an error, as both APIs send one that fails midway. */
  | { type: 'stream-error'; message: string };

export interface RecordedRequest {
  protocol: 'openai' | 'anthropic';
  path: string;
  headers: IncomingMessage['headers'];
  body: FakeRequestBody;
}

/** The parts of a request body the tests look at. */
export interface FakeRequestBody {
  model?: string;
  system?: string;
  messages?: Array<{ role: string; content: string }>;
  stream?: boolean;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: object } };
  tools?: Array<{ name: string; input_schema: object }>;
  tool_choice?: { type: string; name?: string };
  max_tokens?: number;
}

export type FakeScript = FakeReply | ((request: RecordedRequest) => FakeReply);

export interface FakeAiServer {
  /** e.g. http://127.0.0.1:41234 — OpenAI base URL is `${origin}/v1`, Anthropic's is `origin`. */
  origin: string;
  requests: RecordedRequest[];
  /** Queues replies for the next requests, in order. */
  script(...replies: FakeScript[]): void;
  /** Forgets recorded requests and unused replies (call between tests). */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeAiServer(): Promise<FakeAiServer> {
  const queue: FakeScript[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res, queue, requests);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => void queue.push(...replies),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * CORS, so a page or an extension page without a host permission can call the server from a
 * real browser. Authorization must be listed by name: the `*` wildcard does not cover it.
 */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, x-api-key, anthropic-version, anthropic-dangerous-direct-browser-access',
  'access-control-expose-headers': 'retry-after, retry-after-ms',
};

async function handle(req: IncomingMessage, res: ServerResponse, queue: FakeScript[], requests: RecordedRequest[]) {
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  const raw = await readAll(req);
  const protocol = req.url === '/v1/messages' ? 'anthropic' : req.url === '/v1/chat/completions' ? 'openai' : null;
  if (req.method !== 'POST' || !protocol) return send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
  const recorded: RecordedRequest = { protocol, path: req.url ?? '', headers: req.headers, body: JSON.parse(raw) as FakeRequestBody };
  requests.push(recorded);
  const next = queue.shift();
  if (!next) return send(res, 500, { error: { message: 'fake server: no scripted reply left' } });
  const reply = typeof next === 'function' ? next(recorded) : next;
  switch (reply.type) {
    case 'status':
      return send(res, reply.status, reply.body ?? { error: { message: `scripted ${reply.status}` } }, reply.headers);
    case 'unstreamed':
      return send(res, 200, protocol === 'openai' ? openAiCompletion(reply.text) : anthropicMessage(reply.text));
    case 'hang':
      return;
    case 'stream-error':
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(protocol === 'openai' ? sse({ error: { message: reply.message } }) : sse({ type: 'error', error: { type: 'overloaded_error', message: reply.message } }, 'error'));
      return;
    case 'stall':
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const event of streamEvents(protocol, [reply.text ?? '{"summary": "'], false)) res.write(event);
      return;
    case 'content': {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const event of streamEvents(protocol, slices(reply.text, reply.sliceSize ?? 40), true)) {
        if (res.destroyed) return;
        res.write(event);
        if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      }
      res.end();
      return;
    }
  }
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function slices(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

const sse = (data: unknown, event?: string) => `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

function streamEvents(protocol: 'openai' | 'anthropic', parts: string[], finish: boolean): string[] {
  if (protocol === 'openai') {
    const chunk = (content: string) => sse({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] });
    return [...parts.map(chunk), ...(finish ? ['data: [DONE]\n\n'] : [])];
  }
  const start = [
    sse({ type: 'message_start', message: { id: 'msg_fake', type: 'message', role: 'assistant', content: [] } }, 'message_start'),
    sse({ type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_fake', name: 'record_digest', input: {} } }, 'content_block_start'),
  ];
  const deltas = parts.map((partial_json) =>
    sse({ type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json } }, 'content_block_delta'),
  );
  const end = [
    sse({ type: 'content_block_stop', index: 0 }, 'content_block_stop'),
    sse({ type: 'message_delta', delta: { stop_reason: 'tool_use' } }, 'message_delta'),
    sse({ type: 'message_stop' }, 'message_stop'),
  ];
  return [...start, ...deltas, ...(finish ? end : [])];
}

function openAiCompletion(text: string) {
  return { object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: text } }] };
}

function anthropicMessage(text: string) {
  return { type: 'message', role: 'assistant', content: [{ type: 'text', text }] };
}

// Anthropic Messages API, streamed, with a forced tool call whose input_schema is the digest
// schema: the tool input is the structured output. Browser use needs the direct-access header.
import { z } from 'zod/mini';
import { modelFailure, type ModelCallOptions, type ModelClient, type ModelReply, type ModelRequest } from './model-client';
import type { RemoteClientOptions } from './openai-compatible-client';
import { parseJsonWith } from './parse-json-with';
import { postStreaming, type HttpDeps } from './post-streaming';
import { createSseParser } from './read-sse';
import { serverText } from './redact-settings';

export const ANTHROPIC_VERSION = '2023-06-01';
const TOOL_NAME = 'record_digest';
const MIN_OUTPUT_TOKENS = 4_096;

const StreamEventSchema = z.object({
  type: z.string(),
  delta: z.optional(
    z.object({ type: z.optional(z.string()), partial_json: z.optional(z.string()), text: z.optional(z.string()) }),
  ),
  error: z.optional(z.object({ type: z.optional(z.string()), message: z.optional(z.string()) })),
});

/** A server that ignores `stream: true` answers with one message. */
const MessageSchema = z.object({
  content: z.array(z.object({ type: z.string(), text: z.optional(z.string()), input: z.optional(z.unknown()) })),
});

export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/messages`;
}

export function createAnthropicClient(options: RemoteClientOptions, deps: HttpDeps): ModelClient {
  const { endpoint } = options;
  return {
    engineName: 'anthropic',
    model: endpoint.model,
    contextTokens: endpoint.contextTokens,
    complete: (request, call) => complete(request, call, options, deps),
  };
}

async function complete(
  request: ModelRequest,
  call: ModelCallOptions,
  { endpoint, idleTimeoutMs, maxRetryWaitMs, apiKey }: RemoteClientOptions,
  deps: HttpDeps,
): Promise<ModelReply> {
  let raw = '';
  let toolInput = '';
  let text = '';
  let sawEvents = false;
  let streamError: string | undefined;
  const sse = createSseParser(({ data }) => {
    sawEvents = true;
    const event = parseJsonWith(data, StreamEventSchema);
    if (!event) return void (streamError ??= 'unreadable stream event');
    if (event.type === 'error') streamError ??= event.error?.message ?? event.error?.type ?? 'error in stream';
    if (event.delta?.type === 'input_json_delta') toolInput += event.delta.partial_json ?? '';
    if (event.delta?.type === 'text_delta') text += event.delta.text ?? '';
    call.onChars?.(toolInput.length + text.length);
  });
  const posted = await postStreaming(
    {
      url: messagesUrl(endpoint.baseUrl),
      headers: {
        'content-type': 'application/json',
        'x-api-key': apiKey,
        'anthropic-version': ANTHROPIC_VERSION,
        'anthropic-dangerous-direct-browser-access': 'true',
      },
      body: {
        model: endpoint.model,
        max_tokens: Math.max(MIN_OUTPUT_TOKENS, request.maxOutputTokens),
        system: request.system,
        messages: request.messages,
        stream: true,
        tools: [{ name: TOOL_NAME, description: 'Record the digest of the article.', input_schema: request.schema }],
        tool_choice: { type: 'tool', name: TOOL_NAME },
      },
      signal: call.signal,
      idleTimeoutMs,
      maxRetryWaitMs,
      secret: endpoint.apiKey,
      onText: (slice) => {
        raw += slice;
        sse.push(slice);
      },
    },
    deps,
  );
  if (!posted.ok) return posted;
  sse.end();
  if (streamError) return modelFailure('bad-response', `the server reported: ${serverText(streamError, endpoint.apiKey, 200)}`);
  if (sawEvents) return { ok: true, text: toolInput || text };
  return replyFromMessage(raw);
}

function replyFromMessage(raw: string): ModelReply {
  const message = parseJsonWith(raw, MessageSchema);
  if (!message) return modelFailure('bad-response', 'the reply was not a Messages API message');
  const tool = message.content.find((block) => block.type === 'tool_use');
  if (tool) return { ok: true, text: JSON.stringify(tool.input) };
  return { ok: true, text: message.content.map((block) => block.text ?? '').join('') };
}

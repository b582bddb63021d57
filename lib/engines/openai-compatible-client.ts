// OpenAI chat-completions, as spoken by OpenAI, Ollama, LM Studio, OpenRouter and others:
// streamed, with `response_format: json_schema` for structured output.
import { z } from 'zod/mini';
import type { RemoteEndpoint } from './engine-settings';
import { modelFailure, type ModelCallOptions, type ModelClient, type ModelReply, type ModelRequest } from './model-client';
import { postStreaming, type HttpDeps } from './post-streaming';
import { parseJsonWith } from './parse-json-with';
import { createSseParser } from './read-sse';
import { serverText } from './redact-settings';

const StreamChunkSchema = z.object({
  choices: z.optional(z.array(z.object({ delta: z.optional(z.object({ content: z.optional(z.nullable(z.string())) })) }))),
  error: z.optional(z.object({ message: z.optional(z.string()) })),
});

/** Some servers ignore `stream: true` and answer with one JSON completion. */
const CompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.nullable(z.string()) }) })),
});

export interface RemoteClientOptions {
  endpoint: RemoteEndpoint;
  idleTimeoutMs: number;
  maxRetryWaitMs: number;
  /** The key to send: '' for none (endpoint-key.ts decides, by origin and scheme). */
  apiKey: string;
  /** Why a stored key is not sent, added to the note of a 401. */
  keyWithheld?: string;
}

export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}/chat/completions`;
}

export function createOpenAiCompatibleClient(options: RemoteClientOptions, deps: HttpDeps): ModelClient {
  const { endpoint } = options;
  return {
    engineName: 'openai-compatible',
    model: endpoint.model,
    contextTokens: endpoint.contextTokens,
    complete: (request, call) => complete(request, call, options, deps),
  };
}

/** A server or model without structured output says so in a 400/422 that names the field. */
function rejectsStructuredOutput(reply: ModelReply): boolean {
  if (reply.ok || (reply.failure.status !== 400 && reply.failure.status !== 422)) return false;
  return /response_format|json_schema|structured output/i.test(reply.failure.message);
}

/**
 * Asks for structured output; when the server refuses it, asks once more without it (the
 * instructions carry the schema too, and the reply is checked with zod either way).
 */
async function complete(request: ModelRequest, call: ModelCallOptions, options: RemoteClientOptions, deps: HttpDeps): Promise<ModelReply> {
  const structured = await completeOnce(request, call, options, deps, true);
  const reply = rejectsStructuredOutput(structured) ? await completeOnce(request, call, options, deps, false) : structured;
  if (reply.ok || reply.failure.kind !== 'unauthorized' || !options.keyWithheld) return reply;
  return { ok: false, failure: { ...reply.failure, message: `${reply.failure.message} (${options.keyWithheld})` } };
}

async function completeOnce(
  request: ModelRequest,
  call: ModelCallOptions,
  { endpoint, idleTimeoutMs, maxRetryWaitMs, apiKey }: RemoteClientOptions,
  deps: HttpDeps,
  structuredOutput: boolean,
): Promise<ModelReply> {
  let raw = '';
  let content = '';
  let sawEvents = false;
  let streamError: string | undefined;
  const sse = createSseParser(({ data }) => {
    sawEvents = true;
    if (data.trim() === '[DONE]') return;
    const chunk = parseJsonWith(data, StreamChunkSchema);
    if (!chunk) return void (streamError ??= 'unreadable stream chunk');
    if (chunk.error) streamError ??= chunk.error.message ?? 'error in stream';
    content += chunk.choices?.[0]?.delta?.content ?? '';
    call.onChars?.(content.length);
  });
  const posted = await postStreaming(
    {
      url: chatCompletionsUrl(endpoint.baseUrl),
      headers: {
        'content-type': 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: {
        model: endpoint.model,
        messages: [{ role: 'system', content: request.system }, ...request.messages],
        stream: true,
        ...(structuredOutput
          ? { response_format: { type: 'json_schema', json_schema: { name: 'digest', strict: true, schema: request.schema } } }
          : {}),
      },
      signal: call.signal,
      idleTimeoutMs,
      maxRetryWaitMs,
      secret: endpoint.apiKey,
      onText: (text) => {
        raw += text;
        sse.push(text);
      },
    },
    deps,
  );
  if (!posted.ok) return posted;
  sse.end();
  if (streamError) return modelFailure('bad-response', `the server reported: ${serverText(streamError, endpoint.apiKey, 200)}`);
  if (sawEvents) return { ok: true, text: content };
  const completion = parseJsonWith(raw, CompletionSchema);
  const text = completion?.choices[0]?.message.content;
  return typeof text === 'string' ? { ok: true, text } : modelFailure('bad-response', 'the reply was not a chat completion');
}

// The one shape every AI backend is driven through, so prompting, chunking, repair, quote checks
// and fallback are written once. A backend turns a request into the model's raw reply text.
import type { JsonSchema } from './model-digest-schema';

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ModelRequest {
  /** Instructions the page cannot override: sent in the system slot, never mixed with page text. */
  system: string;
  messages: ChatMessage[];
  /** The JSON schema the reply must satisfy (structured output where the backend supports it). */
  schema: JsonSchema;
  maxOutputTokens: number;
}

/** Why a backend gave no usable reply. Expected failures are values; only bugs throw. */
export type ModelFailureKind =
  | 'unavailable'
  | 'unauthorized'
  | 'rate-limited'
  | 'server-error'
  | 'http-error'
  | 'network'
  | 'timeout'
  | 'bad-response';

export interface ModelFailure {
  kind: ModelFailureKind;
  /** Safe to show: never contains the API key. */
  message: string;
  /** The HTTP status, when the failure was an HTTP answer. */
  status?: number;
}

export type ModelReply = { ok: true; text: string } | { ok: false; failure: ModelFailure };

export interface ModelCallOptions {
  signal?: AbortSignal;
  /** Called as reply text streams in, with the number of characters received so far. */
  onChars?: (chars: number) => void;
}

export interface ModelClient {
  /** Shown on the card as engine.name, e.g. "openai-compatible". */
  readonly engineName: string;
  readonly model: string;
  /** Article text, in tokens, that fits in one request beside the instructions and reply. */
  readonly contextTokens: number;
  /** Resolves with a reply or a failure; rejects only when `signal` aborts (the user cancelled). */
  complete(request: ModelRequest, options: ModelCallOptions): Promise<ModelReply>;
}

export function modelFailure(kind: ModelFailureKind, message: string): ModelReply {
  return { ok: false, failure: { kind, message } };
}

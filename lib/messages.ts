// The one typed messaging contract between the extension's contexts (popup, library page,
// background, injected extractor). Pure: the browser's send/listen functions are passed in.
// Every message is a name → {request, response} pair of zod schemas; both sides parse what
// arrives, because data that crosses a context boundary is untrusted until checked.
import { z } from 'zod/mini';
import { ArticleSchema, FailureSchema } from './article';
import { DigestSchema } from './digest/digest-schema';

/** What the injected extractor returns and the background hands on: an article or a failure value. */
export const ExtractOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), article: ArticleSchema }),
  z.object({ ok: z.literal(false), error: FailureSchema }),
]);
export type ExtractOutcome = z.infer<typeof ExtractOutcomeSchema>;

/** The card's data for a tab: the article and its digest, or why there is none. */
export const DigestOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), article: ArticleSchema, digest: DigestSchema }),
  z.object({ ok: z.literal(false), error: FailureSchema }),
]);
export type DigestOutcome = z.infer<typeof DigestOutcomeSchema>;

export const MESSAGES = {
  /**
   * Inject the extractor into a tab the user granted (activeTab) and digest its article.
   * `now` is the asking page's clock (ISO 8601): the card's createdAt, so a page with a fixed
   * clock gets the same digest and Markdown as the CLI with --now.
   */
  'digest-tab': {
    request: z.object({ tabId: z.number(), now: z.string() }),
    response: DigestOutcomeSchema,
  },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type MessageRequest<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['response']>;
export type MessageHandlers = { [N in MessageName]: (request: MessageRequest<N>) => Promise<MessageResponse<N>> };

const EnvelopeSchema = z.object({ name: z.string(), payload: z.unknown() });

/** How an answer travels: the handler's result, or the message of the error it threw. */
const AnswerSchema = z.union([z.object({ result: z.unknown() }), z.object({ error: z.string() })]);
export type Answer = z.infer<typeof AnswerSchema>;

function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(MESSAGES, name);
}

/** Builds the sending side: `call(name, request)` validates the request before sending and the answer after. */
export function createMessageClient(send: (envelope: unknown) => Promise<unknown>) {
  return async function call<N extends MessageName>(name: N, request: MessageRequest<N>): Promise<MessageResponse<N>> {
    const payload = MESSAGES[name].request.parse(request);
    const answer = AnswerSchema.safeParse(await send({ name, payload }));
    if (!answer.success) throw new Error(`Message "${name}": no answer in the expected envelope (is the background running?)`);
    if ('error' in answer.data) throw new Error(`Message "${name}" failed: ${answer.data.error}`);
    const parsed = MESSAGES[name].response.safeParse(answer.data.result);
    if (!parsed.success) throw new Error(`Message "${name}": the answer did not match its schema: ${z.prettifyError(parsed.error)}`);
    return parsed.data as MessageResponse<N>;
  };
}

/** What the browser tells a listener about a message's sender (runtime.MessageSender), as far as the check goes. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only the extension's own pages (popup, library, settings) may ask: their address lies under the
 * extension's root. A content script, the injected extractor included, sends with its web page's
 * address, and whatever runs in that page must not be able to ask the background for anything
 * (the extractor answers through executeScript's result, not a message).
 */
export function extensionPagesOnly(extensionId: string, extensionRoot: string): (sender: MessageSender | undefined) => boolean {
  return (sender) => sender?.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionRoot);
}

/**
 * Builds the receiving side: returns a promise of the {@link Answer} for a known message from a
 * sender `accept` takes, or `undefined` for anything else (so other listeners may answer it). A
 * handler's error is sent back as the answer, so the caller throws it with its message instead
 * of timing out.
 */
export function createMessageRouter(handlers: MessageHandlers, accept: (sender: MessageSender | undefined) => boolean) {
  return function route(raw: unknown, sender?: MessageSender): Promise<Answer> | undefined {
    if (!accept(sender)) return undefined;
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success || !isMessageName(envelope.data.name)) return undefined;
    return dispatch(handlers, envelope.data.name, envelope.data.payload).then(
      (result) => ({ result }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

async function dispatch<N extends MessageName>(handlers: MessageHandlers, name: N, payload: unknown): Promise<unknown> {
  const request = MESSAGES[name].request.safeParse(payload);
  if (!request.success) throw new Error(`Message "${name}": the request did not match its schema: ${z.prettifyError(request.error)}`);
  const handler = handlers[name] as (request: MessageRequest<N>) => Promise<MessageResponse<N>>;
  return handler(request.data as MessageRequest<N>);
}

// A scripted stand-in for Chrome's LanguageModel and Summarizer globals, typed by the same
// declarations the engine uses, recording what it was asked.
import type {
  AiAvailability,
  AiCreateMonitor,
  AiDownloadProgressEvent,
  ChromeAiApis,
  LanguageModelCreateOptions,
  LanguageModelMessage,
  LanguageModelPromptOptions,
  LanguageModelSession,
  SummarizerCreateOptions,
  SummarizerSession,
} from '../../../lib/engines/chrome-ai-types';

/** A reply text (in 50-character slices, or `sliceSize`), a stream that goes silent after `text`, or an error the prompt rejects with. */
export type FakePromptReply = string | { text: string; sliceSize: number } | { stall: string } | { error: DOMException };

export interface FakeChromeAiOptions {
  availability?: AiAvailability;
  inputQuota?: number;
  replies?: FakePromptReply[];
  /** Download progress events sent during create() when the model is downloadable. */
  download?: number[];
  /** Rejects create() with this, e.g. NotAllowedError without a user gesture. */
  createError?: DOMException;
  summarizer?: { availability: AiAvailability; summary: string };
  /** The output languages the model (and the Summarizer) writes; any, when not given. */
  writes?: string[];
}

export interface FakeChromeAi {
  apis: ChromeAiApis;
  prompts: Array<{ system: string | undefined; input: LanguageModelMessage[]; options?: LanguageModelPromptOptions }>;
  created: LanguageModelCreateOptions[];
  /** The options availability() was asked about, in order. */
  asked: LanguageModelCreateOptions[];
  summarizerCreated: SummarizerCreateOptions[];
  destroyed: number;
}

export function fakeChromeAi(options: FakeChromeAiOptions = {}): FakeChromeAi {
  const replies = [...(options.replies ?? [])];
  const fake: FakeChromeAi = { apis: {}, prompts: [], created: [], asked: [], summarizerCreated: [], destroyed: 0 };
  const writes = (languages: readonly string[] | undefined) => !options.writes || (languages ?? ['en']).every((language) => options.writes?.includes(language));
  let availability = options.availability ?? 'available';
  const session = (system: string | undefined): LanguageModelSession => ({
    inputQuota: options.inputQuota ?? 9_216,
    inputUsage: 0,
    prompt: () => Promise.reject(new Error('the engine streams; prompt() is not used')),
    promptStreaming(input, promptOptions) {
      fake.prompts.push({ system, input, options: promptOptions });
      return replyStream(replies.shift() ?? 'no scripted reply');
    },
    destroy: () => void fake.destroyed++,
  });
  fake.apis.LanguageModel = {
    availability: async (asked = {}) => {
      fake.asked.push(asked);
      return writes(asked.expectedOutputs?.flatMap((output) => output.languages ?? [])) ? availability : 'unavailable';
    },
    async create(createOptions = {}) {
      fake.created.push(createOptions);
      if (options.createError) throw options.createError;
      if (availability === 'downloadable' || availability === 'downloading') {
        const listeners: Array<(event: AiDownloadProgressEvent) => void> = [];
        const monitor: AiCreateMonitor = { addEventListener: (_type, listener) => void listeners.push(listener) };
        createOptions.monitor?.(monitor);
        for (const loaded of options.download ?? [0, 1]) for (const listener of listeners) listener({ loaded });
        availability = 'available';
      }
      return session(createOptions.initialPrompts?.find((m) => m.role === 'system')?.content);
    },
  };
  if (options.summarizer) {
    const { summary } = options.summarizer;
    const summarizerSession: SummarizerSession = { inputQuota: 4_000, summarize: async () => summary, destroy: () => undefined };
    fake.apis.Summarizer = {
      availability: async (asked = {}) => (writes(asked.outputLanguage ? [asked.outputLanguage] : undefined) ? (options.summarizer?.availability ?? 'unavailable') : 'unavailable'),
      create: async (created = {}) => {
        fake.summarizerCreated.push(created);
        return summarizerSession;
      },
    };
  }
  return fake;
}

function replyStream(reply: FakePromptReply): ReadableStream<string> {
  return new ReadableStream<string>({
    start(controller) {
      if (typeof reply === 'string' || 'text' in reply) {
        const [text, size] = typeof reply === 'string' ? [reply, 50] : [reply.text, reply.sliceSize];
        for (let i = 0; i < text.length; i += size) controller.enqueue(text.slice(i, i + size));
        controller.close();
      } else if ('stall' in reply) {
        controller.enqueue(reply.stall);
      } else {
        controller.error(reply.error);
      }
    },
  });
}

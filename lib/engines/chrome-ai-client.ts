// Chrome's on-device Prompt API as a ModelClient: the JSON schema goes in `responseConstraint`,
// the instructions in the session's system prompt, the article in the user turn, the card's
// language in `expectedOutputs`. Nothing leaves the machine. A session is created per request
// and destroyed after it.
import { LANGUAGE_MODEL_OPTIONS, languageModelCandidates, type LanguageModelOptions, type ModelLanguages } from './chrome-ai-apis';
import type { ChromeAiApis, LanguageModelMessage, LanguageModelSession, LanguageModelStatic } from './chrome-ai-types';
import { modelFailure, type ModelCallOptions, type ModelClient, type ModelFailure, type ModelReply, type ModelRequest } from './model-client';
import { englishLanguageName } from './output-language';
import { formatDuration, MAX_REPLY_CHARS, REPLY_TOO_LONG } from './post-streaming';
import { readWithIdleTimeout } from './read-with-idle-timeout';

export const CHROME_AI_MODEL = 'gemini-nano';

export interface ChromeAiClientOptions {
  idleTimeoutMs: number;
  signal?: AbortSignal;
  /** Model download progress, 0 to 1, while the first session is created. */
  onDownloadProgress?: (loaded: number) => void;
  /** The article's and the card's languages; English in and out when not given. */
  languages?: ModelLanguages;
}

export type ChromeAiClientResult = { ok: true; client: ModelClient } | { ok: false; failure: ModelFailure };

/** Checks availability, downloads the model when needed, and measures its input quota. */
export async function createChromeAiClient(apis: ChromeAiApis, options: ChromeAiClientOptions): Promise<ChromeAiClientResult> {
  const languageModel = apis.LanguageModel;
  if (!languageModel) return unavailable('this browser has no built-in AI (Prompt API)');
  const languages = options.languages ?? { chosen: false };
  let sessionOptions: LanguageModelOptions | undefined;
  let availability: Awaited<ReturnType<typeof languageModel.availability>> = 'unavailable';
  for (const candidate of languageModelCandidates(languages)) {
    availability = await languageModel.availability(candidate);
    if (availability !== 'unavailable') {
      sessionOptions = candidate;
      break;
    }
  }
  if (!sessionOptions) return unavailable(await unavailableReason(languageModel, languages));
  let probe: LanguageModelSession;
  try {
    probe = await languageModel.create({
      ...sessionOptions,
      signal: options.signal,
      monitor: (monitor) =>
        monitor.addEventListener('downloadprogress', (event) => options.onDownloadProgress?.(event.loaded)),
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    // NotAllowedError: a download needs a user gesture, which only the settings page's button gives.
    if (error instanceof DOMException) {
      const hint = availability === 'available' ? '' : '; download the model from the settings page';
      return unavailable(`Chrome's built-in AI could not start (${error.name})${hint}`);
    }
    throw error;
  }
  const contextTokens = probe.inputQuota - probe.inputUsage;
  probe.destroy();
  return {
    ok: true,
    client: {
      engineName: 'chrome-ai',
      model: CHROME_AI_MODEL,
      contextTokens,
      complete: (request, call) => complete(languageModel, sessionOptions, request, call, options.idleTimeoutMs),
    },
  };
}

function unavailable(message: string): ChromeAiClientResult {
  return { ok: false, failure: { kind: 'unavailable', message } };
}

/** Why no session can be had: the language the reader chose, when the model runs in English; else the device. */
async function unavailableReason(languageModel: LanguageModelStatic, languages: ModelLanguages): Promise<string> {
  const output = languages.output;
  if (languages.chosen && output && output !== 'en' && (await languageModel.availability(LANGUAGE_MODEL_OPTIONS)) !== 'unavailable') {
    return `Chrome's built-in AI does not write ${englishLanguageName(output)} on this device`;
  }
  return "Chrome's built-in AI is unavailable on this device";
}

async function complete(
  languageModel: LanguageModelStatic,
  sessionOptions: LanguageModelOptions,
  request: ModelRequest,
  call: ModelCallOptions,
  idleTimeoutMs: number,
): Promise<ModelReply> {
  const session = await languageModel.create({
    ...sessionOptions,
    initialPrompts: [{ role: 'system', content: request.system }],
    signal: call.signal,
  });
  try {
    const messages: LanguageModelMessage[] = request.messages.map(({ role, content }) => ({ role, content }));
    const stream = session.promptStreaming(messages, {
      responseConstraint: request.schema,
      omitResponseConstraintInput: true,
      signal: call.signal,
    });
    const read = await readWithIdleTimeout(stream, idleTimeoutMs, (_slice, total) => call.onChars?.(total), call.signal, MAX_REPLY_CHARS);
    if (!read.ok && 'tooLong' in read) return modelFailure('bad-response', REPLY_TOO_LONG);
    if (!read.ok) return modelFailure('timeout', `the on-device model sent nothing for ${formatDuration(idleTimeoutMs)}`);
    return { ok: true, text: read.text };
  } catch (error) {
    if (call.signal?.aborted) throw call.signal.reason;
    // The Prompt API rejects with DOMExceptions for quota, unsupported language and the like.
    if (error instanceof DOMException) return modelFailure('bad-response', `the on-device model failed: ${error.name}`);
    throw error;
  } finally {
    session.destroy();
  }
}

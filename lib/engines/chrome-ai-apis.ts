// Feature detection and status of Chrome's built-in AI, for the engine and the settings view.
import type {
  AiAvailability,
  ChromeAiApis,
  LanguageModelCreateOptions,
  LanguageModelStatic,
  SummarizerStatic,
} from './chrome-ai-types';

/** The APIs as the current global scope offers them (none outside Chrome). */
export function chromeAiFromGlobal(scope: object = globalThis): ChromeAiApis {
  const languageModel: unknown = Reflect.get(scope, 'LanguageModel');
  const summarizer: unknown = Reflect.get(scope, 'Summarizer');
  return {
    LanguageModel: isAiStatic<LanguageModelStatic>(languageModel) ? languageModel : undefined,
    Summarizer: isAiStatic<SummarizerStatic>(summarizer) ? summarizer : undefined,
  };
}

function isAiStatic<T>(value: unknown): value is T {
  return (
    (typeof value === 'function' || (typeof value === 'object' && value !== null)) &&
    typeof Reflect.get(value, 'availability') === 'function' &&
    typeof Reflect.get(value, 'create') === 'function'
  );
}

/** Text in, text out: what the digest needs the model to handle. */
export const LANGUAGE_MODEL_OPTIONS: Omit<LanguageModelCreateOptions, 'monitor' | 'signal' | 'initialPrompts'> = {
  expectedInputs: [{ type: 'text', languages: ['en'] }],
  expectedOutputs: [{ type: 'text', languages: ['en'] }],
};

export type ChromeAiState = AiAvailability | 'absent';

export interface ChromeAiStatus {
  promptApi: ChromeAiState;
  summarizer: ChromeAiState;
}

/** For the settings view: is there a model, and must it be downloaded first. */
export async function chromeAiStatus(apis: ChromeAiApis): Promise<ChromeAiStatus> {
  const [promptApi, summarizer] = await Promise.all([
    apis.LanguageModel ? apis.LanguageModel.availability(LANGUAGE_MODEL_OPTIONS) : ('absent' as const),
    apis.Summarizer ? apis.Summarizer.availability() : ('absent' as const),
  ]);
  return { promptApi, summarizer };
}

/**
 * Starts (or joins) the on-device model download; `onProgress` gets 0 to 1. Chrome requires a
 * user gesture for this, so call it straight from a click handler (the settings view's button).
 */
export async function downloadChromeAiModel(
  apis: ChromeAiApis,
  onProgress: (loaded: number) => void,
  signal?: AbortSignal,
): Promise<ChromeAiState> {
  if (!apis.LanguageModel) return 'absent';
  const session = await apis.LanguageModel.create({
    ...LANGUAGE_MODEL_OPTIONS,
    signal,
    monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => onProgress(event.loaded)),
  });
  session.destroy();
  return apis.LanguageModel.availability(LANGUAGE_MODEL_OPTIONS);
}

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

export type LanguageModelOptions = Omit<LanguageModelCreateOptions, 'monitor' | 'signal' | 'initialPrompts'>;

/**
 * The languages of one digest: the article's (`input`, besides the instructions' English) and the
 * card's (`output`); `chosen` when the reader picked the output language in the settings rather
 * than leaving it the article's. Unknown ones are undefined (English is assumed).
 */
export interface ModelLanguages {
  input?: string;
  output?: string;
  chosen: boolean;
}

/** Text in, text out, in these languages: what the digest needs the model to handle. */
export function languageModelOptions(languages?: ModelLanguages): LanguageModelOptions {
  const inputs = [...new Set(['en', languages?.input ?? 'en'])];
  return { expectedInputs: [{ type: 'text', languages: inputs }], expectedOutputs: [{ type: 'text', languages: [languages?.output ?? 'en'] }] };
}

/** English in and out: the settings' status and download, and the last resort of a digest in the article's language. */
export const LANGUAGE_MODEL_OPTIONS: LanguageModelOptions = languageModelOptions();

/**
 * The options to try for `languages`, best first: as asked; without the article's language (the
 * model may read more than it declares); and, when the output language is only the article's,
 * English as before languages were declared (the instructions still say "the article's language").
 * A language the reader chose is never swapped for another.
 */
export function languageModelCandidates(languages: ModelLanguages): LanguageModelOptions[] {
  const candidates = [languageModelOptions(languages), languageModelOptions({ ...languages, input: undefined })];
  if (!languages.chosen) candidates.push(LANGUAGE_MODEL_OPTIONS);
  // The same options twice (an English article) are asked once.
  return [...new Map(candidates.map((options) => [JSON.stringify(options), options])).values()];
}

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

// Entry point of lib/engines (pure: no browser.*; fetch, clock and the local engine are injected).
// Runs the engine the settings choose and always returns a Digest: an AI engine's reply is
// parsed with zod, repaired at most once per request, its quotes checked against the article;
// any failure falls back to the local engine with a visible note. Only a cancel rejects.
import type { Article } from '../article';
import type { Digest } from '../digest/digest-schema';
import { buildDigestRequest, buildMergeRequest, buildPartRequest, buildRepairRequest } from './build-prompt';
import { chromeAiFromGlobal } from './chrome-ai-apis';
import type { ChromeAiApis } from './chrome-ai-types';
import { chunkArticle } from './chunk-article';
import { createModelClient, type AiEngineName } from './create-model-client';
import type { ModelLanguages } from './chrome-ai-apis';
import type { EngineSettings } from './engine-settings';
import type { ModelClient, ModelFailure, ModelRequest } from './model-client';
import type { ModelDigest } from './model-digest-schema';
import { originPatternFor } from './origin-permission';
import { baseLanguage, outputLanguageTag, type OutputLanguage } from './output-language';
import { parseModelReply } from './parse-model-reply';
import { sleep as realSleep, type Sleep } from './sleep';
import { summarizeWithChrome } from './summarize-with-chrome';
import { toDigest } from './to-digest';

export type EngineProgress =
  | { stage: 'download'; loaded: number }
  | { stage: 'request'; part: number; parts: number }
  | { stage: 'streaming'; part: number; parts: number; chars: number }
  | { stage: 'repair'; part: number; parts: number }
  | { stage: 'merge'; parts: number }
  | { stage: 'fallback'; reason: string };

export interface RunEngineDeps {
  fetch: typeof fetch;
  now: () => Date;
  /** The local engine (lib/digest `digestArticle`): the default and the fallback. */
  local: (article: Article, options: { now: Date }) => Digest;
  signal?: AbortSignal;
  onProgress?: (progress: EngineProgress) => void;
  /** Defaults to the real timer; tests pass a recorder. */
  sleep?: Sleep;
  /** Defaults to the browser's globals. */
  chromeAi?: ChromeAiApis;
  /**
   * `(pattern) => browser.permissions.contains({ origins: [pattern] })`. Asked only after a request
   * could not reach the endpoint (a server that allows CORS works without the grant), so the note
   * can say the grant is missing instead of "failed to fetch".
   */
  hasOriginPermission?: (pattern: string) => Promise<boolean>;
}

const ENGINE_LABELS: Record<AiEngineName, string> = {
  'chrome-ai': "Chrome's built-in AI",
  'openai-compatible': 'The AI endpoint',
  anthropic: 'Anthropic',
};

type Step<T> = { ok: true; value: T } | { ok: false; failure: ModelFailure };

/** Resolves with a Digest from the chosen engine, or the local one with `engine.note` saying why. */
export async function runEngine(article: Article, settings: EngineSettings, deps: RunEngineDeps): Promise<Digest> {
  deps.signal?.throwIfAborted();
  const engine = settings.engine;
  if (engine === 'local') return deps.local(article, { now: deps.now() });
  const language = settings.outputLanguage;
  const languages = { input: baseLanguage(article.lang), output: outputLanguageTag(language, article.lang), chosen: language !== 'article' };
  const created = await createModelClient(engine, settings, {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep ?? realSleep,
    signal: deps.signal,
    chromeAi: deps.chromeAi,
    onDownloadProgress: (loaded) => deps.onProgress?.({ stage: 'download', loaded }),
    languages,
  });
  const result = created.ok ? await digestWithModel(article, language, created.client, deps) : created;
  if (result.ok) return result.value;
  const message = (await missingPermission(engine, settings, result.failure, deps)) ?? result.failure.message;
  const reason = `${ENGINE_LABELS[engine]} failed (${message})`;
  if (engine === 'chrome-ai' && result.failure.kind === 'unavailable') return fallBackWithSummarizer(article, reason, languages, deps);
  return fallBack(article, reason, deps);
}

/** No Prompt API, but maybe a Summarizer: its summary on the local digest beats none. */
async function fallBackWithSummarizer(article: Article, reason: string, languages: ModelLanguages, deps: RunEngineDeps): Promise<Digest> {
  const digest = fallBack(article, reason, deps);
  const summary = await summarizeWithChrome(deps.chromeAi ?? chromeAiFromGlobal(), article, languages, deps.signal);
  if (!summary) return digest;
  const note = `${digest.engine.note ?? ''} The summary is by Chrome's Summarizer.`.trim();
  return { ...digest, summary, engine: { ...digest.engine, note } };
}

async function missingPermission(
  engine: AiEngineName,
  settings: EngineSettings,
  failure: ModelFailure,
  deps: RunEngineDeps,
): Promise<string | undefined> {
  if (failure.kind !== 'network' || !deps.hasOriginPermission || engine === 'chrome-ai') return undefined;
  const origin = originPatternFor((engine === 'anthropic' ? settings.anthropic : settings.openaiCompatible).baseUrl);
  if (!origin.ok || (await deps.hasOriginPermission(origin.pattern))) return undefined;
  return `no permission to reach ${origin.origin}; save the engine settings again to grant it`;
}

function fallBack(article: Article, reason: string, deps: RunEngineDeps): Digest {
  deps.signal?.throwIfAborted();
  deps.onProgress?.({ stage: 'fallback', reason });
  const digest = deps.local(article, { now: deps.now() });
  const note = `${reason}; the local digest is shown instead.`;
  return { ...digest, engine: { ...digest.engine, note: digest.engine.note ? `${note} ${digest.engine.note}` : note } };
}

async function digestWithModel(article: Article, language: OutputLanguage, client: ModelClient, deps: RunEngineDeps): Promise<Step<Digest>> {
  const chunks = chunkArticle(article, client.contextTokens);
  const notes = chunks.trimmedNote ? [chunks.trimmedNote] : [];
  const parts = chunks.parts.length;
  let model: Step<ModelDigest>;
  if (parts === 1) {
    model = await completeValid(client, buildDigestRequest(article, language, chunks.parts[0] ?? '', chunks.trimmedNote), 1, 1, deps);
  } else {
    model = await digestInParts(article, language, chunks.parts, client, deps);
  }
  if (!model.ok) return model;
  const digest = toDigest(model.value, article, { engine: client.engineName, model: client.model, now: deps.now(), notes });
  return { ok: true, value: digest };
}

/** Chunk and merge: each part digested alone, then one request merges the parts' digests. */
async function digestInParts(article: Article, language: OutputLanguage, parts: string[], client: ModelClient, deps: RunEngineDeps): Promise<Step<ModelDigest>> {
  const partDigests: string[] = [];
  for (const [index, text] of parts.entries()) {
    const part = await completeValid(client, buildPartRequest(article, language, text, index + 1, parts.length), index + 1, parts.length, deps);
    if (!part.ok) return part;
    partDigests.push(JSON.stringify(part.value));
  }
  deps.onProgress?.({ stage: 'merge', parts: parts.length });
  return completeValid(client, buildMergeRequest(article, language, partDigests), parts.length + 1, parts.length + 1, deps);
}

/** One request, its reply parsed with zod; invalid → exactly one repair attempt. */
async function completeValid(
  client: ModelClient,
  request: ModelRequest,
  part: number,
  parts: number,
  deps: RunEngineDeps,
): Promise<Step<ModelDigest>> {
  const call = {
    signal: deps.signal,
    onChars: (chars: number) => deps.onProgress?.({ stage: 'streaming', part, parts, chars }),
  };
  deps.onProgress?.({ stage: 'request', part, parts });
  const first = await client.complete(request, call);
  if (!first.ok) return first;
  const parsed = parseModelReply(first.text);
  if (parsed.ok) return { ok: true, value: parsed.digest };
  deps.onProgress?.({ stage: 'repair', part, parts });
  const second = await client.complete(buildRepairRequest(request, first.text, parsed.problem), call);
  if (!second.ok) return second;
  const repaired = parseModelReply(second.text);
  if (repaired.ok) return { ok: true, value: repaired.digest };
  return { ok: false, failure: { kind: 'bad-response', message: `its reply was invalid twice: ${repaired.brief}` } };
}

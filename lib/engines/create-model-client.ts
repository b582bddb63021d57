// Picks the backend the settings name and readies it; a backend that cannot start is a value.
import { chromeAiFromGlobal } from './chrome-ai-apis';
import { createChromeAiClient } from './chrome-ai-client';
import type { ChromeAiApis } from './chrome-ai-types';
import { createAnthropicClient } from './anthropic-client';
import type { EngineSettings, RemoteEndpoint } from './engine-settings';
import type { ModelClient, ModelFailure } from './model-client';
import { createOpenAiCompatibleClient } from './openai-compatible-client';
import { originPatternFor } from './origin-permission';
import type { HttpDeps } from './post-streaming';

export interface ClientDeps extends HttpDeps {
  signal?: AbortSignal;
  chromeAi?: ChromeAiApis;
  onDownloadProgress?: (loaded: number) => void;
}

export type ClientResult = { ok: true; client: ModelClient } | { ok: false; failure: ModelFailure };

export type AiEngineName = Exclude<EngineSettings['engine'], 'local'>;

export async function createModelClient(engine: AiEngineName, settings: EngineSettings, deps: ClientDeps): Promise<ClientResult> {
  const remote = { idleTimeoutMs: settings.idleTimeoutMs, maxRetryWaitMs: settings.maxRetryWaitMs };
  switch (engine) {
    case 'chrome-ai':
      return createChromeAiClient(deps.chromeAi ?? chromeAiFromGlobal(), {
        idleTimeoutMs: settings.idleTimeoutMs,
        signal: deps.signal,
        onDownloadProgress: deps.onDownloadProgress,
      });
    case 'openai-compatible': {
      const problem = endpointProblem(settings.openaiCompatible, false);
      if (problem) return { ok: false, failure: { kind: 'unavailable', message: problem } };
      return { ok: true, client: createOpenAiCompatibleClient({ ...remote, endpoint: settings.openaiCompatible }, deps) };
    }
    case 'anthropic': {
      const problem = endpointProblem(settings.anthropic, true);
      if (problem) return { ok: false, failure: { kind: 'unavailable', message: problem } };
      return { ok: true, client: createAnthropicClient({ ...remote, endpoint: settings.anthropic }, deps) };
    }
  }
}

/** What is missing from the configuration, in words for the settings view and the card note. */
export function endpointProblem(endpoint: RemoteEndpoint, keyRequired: boolean): string | undefined {
  const origin = originPatternFor(endpoint.baseUrl);
  if (!origin.ok) return origin.message;
  if (!endpoint.model.trim()) return 'no model is set';
  if (keyRequired && !endpoint.apiKey) return 'no API key is set';
  return undefined;
}

// Picks the backend the settings name and readies it; a backend that cannot start is a value.
import { chromeAiFromGlobal, type ModelLanguages } from './chrome-ai-apis';
import { createChromeAiClient } from './chrome-ai-client';
import type { ChromeAiApis } from './chrome-ai-types';
import { createAnthropicClient } from './anthropic-client';
import type { EngineSettings, RemoteEndpoint } from './engine-settings';
import { endpointKey, type EndpointKey } from './endpoint-key';
import type { ModelClient, ModelFailure } from './model-client';
import { createOpenAiCompatibleClient } from './openai-compatible-client';
import { originPatternFor } from './origin-permission';
import type { HttpDeps } from './post-streaming';
import { scrubSecret } from './redact-settings';

export interface ClientDeps extends HttpDeps {
  signal?: AbortSignal;
  chromeAi?: ChromeAiApis;
  onDownloadProgress?: (loaded: number) => void;
  /** The article's and the card's languages (the on-device model declares them; a remote one reads them in the prompt). */
  languages?: ModelLanguages;
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
        languages: deps.languages,
      });
    case 'openai-compatible': {
      const key = usableKey(settings.openaiCompatible, false);
      if (!key.ok) return { ok: false, failure: { kind: 'unavailable', message: key.problem } };
      const options = { ...remote, endpoint: settings.openaiCompatible, apiKey: key.key, keyWithheld: key.withheld };
      return { ok: true, client: scrubbing(createOpenAiCompatibleClient(options, deps), settings.openaiCompatible.apiKey) };
    }
    case 'anthropic': {
      const key = usableKey(settings.anthropic, true);
      if (!key.ok) return { ok: false, failure: { kind: 'unavailable', message: key.problem } };
      return { ok: true, client: scrubbing(createAnthropicClient({ ...remote, endpoint: settings.anthropic, apiKey: key.key }, deps), settings.anthropic.apiKey) };
    }
  }
}

/** What is missing from the configuration, in words for the settings view and the card note. */
export function endpointProblem(endpoint: RemoteEndpoint, keyRequired: boolean): string | undefined {
  const key = usableKey(endpoint, keyRequired);
  return key.ok ? undefined : key.problem;
}

/** The key to send, after the base URL and model are known to be set. */
function usableKey(endpoint: RemoteEndpoint, keyRequired: boolean): EndpointKey {
  const origin = originPatternFor(endpoint.baseUrl);
  if (!origin.ok) return { ok: false, problem: origin.message };
  if (!endpoint.model.trim()) return { ok: false, problem: 'no model is set' };
  return endpointKey(endpoint, keyRequired);
}

/**
 * The last guard on every path out of a backend: no reply text (which becomes the card, saved and
 * exported) and no failure message (which becomes its note) carries the stored key, whatever the
 * server echoed. Backends scrub before they cut a message; this catches all the rest.
 */
function scrubbing(client: ModelClient, secret: string): ModelClient {
  if (!secret) return client;
  return {
    engineName: client.engineName,
    model: client.model,
    contextTokens: client.contextTokens,
    async complete(request, call) {
      const reply = await client.complete(request, call);
      if (reply.ok) return { ok: true, text: scrubSecret(reply.text, secret) };
      return { ok: false, failure: { ...reply.failure, message: scrubSecret(reply.failure.message, secret) } };
    },
  };
}

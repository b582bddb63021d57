// Which digest engine runs, and how to reach it. Stored locally by the extension under
// ENGINE_SETTINGS_STORAGE_KEY; read back through parseEngineSettings so bad data means defaults.
import { z } from 'zod/mini';
import { originPatternFor } from './origin-permission';
import { OUTPUT_LANGUAGES } from './output-language';

export const ENGINE_NAMES = ['local', 'chrome-ai', 'openai-compatible', 'anthropic'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export { ENGINE_SETTINGS_STORAGE_KEY } from './engine-settings-key';
/** 2: each key names the origin it was entered for (keyOrigin). 1: the key followed any base URL. */
export const ENGINE_SETTINGS_VERSION = 2;

const text = (fallback: string) => z._default(z.string(), fallback);
const positive = (fallback: number) => z._default(z.number().check(z.positive()), fallback);

export const RemoteEndpointSchema = z.object({
  /** e.g. https://api.openai.com/v1, http://localhost:11434/v1 (Ollama), http://localhost:1234/v1 (LM Studio). */
  baseUrl: z.string(),
  model: z.string(),
  /** Kept in extension storage only; never logged, never exported (see redactSettings). */
  apiKey: text(''),
  /**
   * The origin the key was entered for (https://api.openai.com): the key is sent there only, and
   * a base URL on another origin needs its own key (endpoint-key.ts). '' with no key.
   */
  keyOrigin: text(''),
  /** How many tokens of article the model may be given in one request; longer articles are chunked. */
  contextTokens: positive(16_000),
});
export type RemoteEndpoint = z.infer<typeof RemoteEndpointSchema>;

export const EngineSettingsSchema = z.object({
  version: z.literal(ENGINE_SETTINGS_VERSION),
  engine: z._default(z.enum(ENGINE_NAMES), 'local'),
  openaiCompatible: z._default(RemoteEndpointSchema, () => defaultOpenAiCompatible()),
  anthropic: z._default(RemoteEndpointSchema, () => defaultAnthropic()),
  /**
   * A request that sends nothing for this long is abandoned and the local digest is shown. Generous
   * because a local model on a CPU may think for a while before its first token.
   */
  idleTimeoutMs: positive(60_000),
  /** Longest Retry-After we are willing to wait on a 429 before giving up. */
  maxRetryWaitMs: positive(20_000),
  /**
   * The language AI engines write the card in; 'article' (default) is the article's own. A value
   * this version does not know reads as the default rather than discarding the other settings.
   */
  outputLanguage: z._default(z.catch(z.enum(OUTPUT_LANGUAGES), 'article'), 'article'),
});
export type EngineSettings = z.infer<typeof EngineSettingsSchema>;

function defaultOpenAiCompatible(): RemoteEndpoint {
  return { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: '', keyOrigin: '', contextTokens: 16_000 };
}

function defaultAnthropic(): RemoteEndpoint {
  return { baseUrl: 'https://api.anthropic.com', model: 'claude-haiku-4-5', apiKey: '', keyOrigin: '', contextTokens: 100_000 };
}

/** Defaults: the local engine, nothing configured, nothing leaves the browser. */
export function defaultEngineSettings(): EngineSettings {
  return {
    version: ENGINE_SETTINGS_VERSION,
    engine: 'local',
    openaiCompatible: defaultOpenAiCompatible(),
    anthropic: defaultAnthropic(),
    idleTimeoutMs: 60_000,
    maxRetryWaitMs: 20_000,
    outputLanguage: 'article',
  };
}

/** Reads stored settings: missing fields take defaults; unreadable data gives the defaults; version 1 is upgraded. */
export function parseEngineSettings(stored: unknown): EngineSettings {
  if (stored === undefined || stored === null) return defaultEngineSettings();
  const parsed = EngineSettingsSchema.safeParse(upgradeVersion1(stored));
  return parsed.success ? parsed.data : defaultEngineSettings();
}

/**
 * Version 1 kept a key without saying where it was entered: the only honest guess is the base URL
 * it was saved with, so each stored key is bound to that origin (and goes nowhere else from now on).
 */
function upgradeVersion1(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || (stored as { version?: unknown }).version !== 1) return stored;
  const settings = stored as Record<string, unknown>;
  const bind = (endpoint: unknown) => {
    if (typeof endpoint !== 'object' || endpoint === null) return endpoint;
    const { baseUrl, apiKey } = endpoint as { baseUrl?: unknown; apiKey?: unknown };
    const origin = typeof baseUrl === 'string' ? originPatternFor(baseUrl) : null;
    return { ...endpoint, keyOrigin: apiKey && origin?.ok ? origin.origin : '' };
  };
  return { ...settings, version: ENGINE_SETTINGS_VERSION, openaiCompatible: bind(settings.openaiCompatible), anthropic: bind(settings.anthropic) };
}

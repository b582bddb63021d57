// The settings view's "Test connection": one tiny structured request to the configured engine,
// answered in words a person can act on. Sends no article text.
import { chromeAiFromGlobal, chromeAiStatus } from './chrome-ai-apis';
import type { ChromeAiApis } from './chrome-ai-types';
import { createModelClient } from './create-model-client';
import type { EngineSettings } from './engine-settings';
import type { ModelRequest } from './model-client';
import type { HttpDeps } from './post-streaming';
import { sleep as realSleep } from './sleep';

export interface ConnectionResult {
  ok: boolean;
  message: string;
}

export interface TestConnectionDeps {
  fetch: typeof fetch;
  now: () => Date;
  signal?: AbortSignal;
  chromeAi?: ChromeAiApis;
}

const PING: ModelRequest = {
  system: 'This is a connection test. Reply with the JSON object {"ok": true} and nothing else.',
  messages: [{ role: 'user', content: 'ping' }],
  schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false },
  maxOutputTokens: 20,
};

export async function testConnection(settings: EngineSettings, deps: TestConnectionDeps): Promise<ConnectionResult> {
  if (settings.engine === 'local') return { ok: true, message: 'The local engine needs no connection.' };
  const chromeAi = deps.chromeAi ?? chromeAiFromGlobal();
  if (settings.engine === 'chrome-ai') {
    const status = await chromeAiStatus(chromeAi);
    if (status.promptApi !== 'available') return { ok: false, message: `Chrome's built-in AI is ${status.promptApi}.` };
  }
  const http: HttpDeps = { fetch: deps.fetch, now: deps.now, sleep: realSleep };
  const created = await createModelClient(settings.engine, settings, { ...http, signal: deps.signal, chromeAi });
  if (!created.ok) return { ok: false, message: capitalize(created.failure.message) };
  const started = deps.now().getTime();
  const reply = await created.client.complete(PING, { signal: deps.signal });
  if (!reply.ok) return { ok: false, message: capitalize(reply.failure.message) };
  const ms = deps.now().getTime() - started;
  const model = created.client.model;
  if (!/"ok"\s*:\s*true/.test(reply.text)) {
    return { ok: true, message: `${model} answered in ${ms} ms, but not with the JSON asked for: digests may need a repair or fall back.` };
  }
  return { ok: true, message: `Connected: ${model} answered in ${ms} ms.` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Which key, if any, may go with a request to an endpoint. A key belongs to the origin it was
// entered for: an OpenAI key must not follow a base URL changed to http://192.168.1.20. And a key
// never travels over plain http, except to this machine (Ollama, LM Studio on localhost).
import type { RemoteEndpoint } from './engine-settings';
import { originPatternFor } from './origin-permission';

export type EndpointKey =
  /** `key` is '' when none is sent; `withheld` then says why a stored key stays home, for a 401's note. */
  | { ok: true; key: string; withheld?: string }
  | { ok: false; problem: string };

export function endpointKey(endpoint: RemoteEndpoint, keyRequired: boolean): EndpointKey {
  const origin = originPatternFor(endpoint.baseUrl);
  if (!origin.ok) return { ok: false, problem: origin.message };
  const refuse = (why: string): EndpointKey => (keyRequired ? { ok: false, problem: why } : { ok: true, key: '', withheld: why });
  if (!endpoint.apiKey) return keyRequired ? { ok: false, problem: 'no API key is set' } : { ok: true, key: '' };
  if (endpoint.keyOrigin !== origin.origin) {
    return refuse(`the API key was entered for ${endpoint.keyOrigin || 'another address'}; enter it again for ${origin.origin}`);
  }
  if (origin.insecure) return refuse(`an API key is never sent over plain http to another machine (${origin.origin}); use https`);
  return { ok: true, key: endpoint.apiKey };
}

/** The stored key when it belongs to the endpoint's base URL, else ''. */
export function keyForBaseUrl(endpoint: RemoteEndpoint): string {
  const origin = originPatternFor(endpoint.baseUrl);
  return origin.ok && endpoint.keyOrigin === origin.origin ? endpoint.apiKey : '';
}

/**
 * The endpoint as the settings view saves it: a key typed now belongs to the base URL's origin; a
 * stored key that belongs to another origin is dropped (a new address needs its key again).
 */
export function bindKey(endpoint: RemoteEndpoint, typedKey: string): RemoteEndpoint {
  const origin = originPatternFor(endpoint.baseUrl);
  const here = origin.ok ? origin.origin : '';
  if (typedKey) return { ...endpoint, apiKey: typedKey, keyOrigin: here };
  return endpoint.apiKey && endpoint.keyOrigin === here ? endpoint : { ...endpoint, apiKey: '', keyOrigin: '' };
}

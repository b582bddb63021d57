// The one way settings leave the extension (export, bug report, log line): without secrets.
import type { EngineSettings, RemoteEndpoint } from './engine-settings';

/** A copy of the settings with every API key emptied; use it on every export path. */
export function redactSettings(settings: EngineSettings): EngineSettings {
  return {
    ...settings,
    openaiCompatible: redactEndpoint(settings.openaiCompatible),
    anthropic: redactEndpoint(settings.anthropic),
  };
}

function redactEndpoint(endpoint: RemoteEndpoint): RemoteEndpoint {
  return { ...endpoint, apiKey: '', keyOrigin: '' };
}

/** What the settings view shows for a stored key: dots and the last four characters at most. */
export function maskApiKey(key: string): string {
  if (!key) return '';
  const tail = key.length > 12 ? key.slice(-4) : '';
  return `${'•'.repeat(8)}${tail}`;
}

/** Removes a secret from text that may echo it (server error bodies do), before it is shown. */
export function scrubSecret(text: string, secret: string): string {
  if (!secret) return text;
  return text.split(secret).join('[key]');
}

/**
 * Text from a server, fit to show in a note: whitespace folded, the secret scrubbed, and only
 * then cut to `maxChars`. Cut first, a key across the cut survived in half, past the scrub.
 */
export function serverText(text: string, secret: string, maxChars: number): string {
  return scrubSecret(text.replace(/\s+/g, ' ').trim(), secret).slice(0, maxChars);
}

// Turns a configured base URL into the host-permission pattern the extension must request at
// runtime (optional_host_permissions); the manifest ships no host permissions.

export type OriginPattern =
  | { ok: true; pattern: string; origin: string; /** Plain http to a non-loopback host: keys and text travel in clear. */ insecure: boolean }
  | { ok: false; message: string };

/**
 * `https://api.openai.com/v1` → `https://api.openai.com/*`; `http://localhost:11434/v1` →
 * `http://localhost/*` (match patterns cannot name a port; any port of the host is covered).
 */
export function originPatternFor(baseUrl: string): OriginPattern {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    // An unparsable URL is an expected user error, reported as a value.
    return { ok: false, message: `"${baseUrl}" is not a URL; expected e.g. https://api.openai.com/v1` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `${url.protocol} URLs cannot be used; expected http: or https:` };
  }
  const insecure = url.protocol === 'http:' && !isLoopback(url.hostname);
  return { ok: true, pattern: `${url.protocol}//${url.hostname}/*`, origin: url.origin, insecure };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

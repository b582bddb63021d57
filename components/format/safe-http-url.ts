// Page content is untrusted: only http(s) addresses ever become links (no javascript:, data:, …).
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

// The library's key for a page: its normalised URL without the #fragment (a text fragment or an
// anchor points into the same page, so it must not make a second entry). Normalised as the
// browser writes an address (lower-case scheme and host, default port dropped, path escaped), so
// the key of a record from a backup is the one the popup looks up for the same page.
export function libraryKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch (error) {
    // Not a URL (a record made from a file): kept as it is, less its fragment.
    if (!(error instanceof TypeError)) throw error;
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }
}

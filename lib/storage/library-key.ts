// The library's key for a page: its URL without the #fragment (a text fragment or an anchor
// points into the same page, so it must not make a second entry).
export function libraryKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

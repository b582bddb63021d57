// What the library page opens at, written in its address (library.html#…): a saved card
// (`#<page URL>`, as links from before filters had addresses), or the list filtered by a topic
// tag or an audience (`#topic=…`, `#audience=…`), so a chip clicked in the popup lands there.
export type LibraryTarget = { url: string } | { topic: string } | { audience: string };

export function libraryHash(target: LibraryTarget): string {
  if ('topic' in target) return `#topic=${encodeURIComponent(target.topic)}`;
  if ('audience' in target) return `#audience=${encodeURIComponent(target.audience)}`;
  return `#${encodeURIComponent(target.url)}`;
}

/** The target a hash names, or null for none (or one that does not decode). */
export function readLibraryHash(hash: string): LibraryTarget | null {
  const value = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value.replace(/^(topic|audience)=/, ''));
  } catch (error) {
    // A hand-edited address with a stray "%": open the list as it is.
    if (error instanceof URIError) return null;
    throw error;
  }
  if (value.startsWith('topic=')) return { topic: decoded };
  if (value.startsWith('audience=')) return { audience: decoded };
  return { url: decoded };
}

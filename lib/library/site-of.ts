// The site a saved digest came from, as the library shows and filters it.
import type { SavedDigest } from '../storage/saved-digest-schema';

/** The page's own site name when it has one, else its host name without "www.". */
export function siteOf(record: Pick<SavedDigest, 'url' | 'article'>): string {
  const name = record.article.siteName?.trim();
  if (name) return name;
  try {
    return new URL(record.url).hostname.replace(/^www\./, '');
  } catch (error) {
    // Not a URL (an imported record from elsewhere): show it as it is rather than fail.
    if (error instanceof TypeError) return record.url;
    throw error;
  }
}

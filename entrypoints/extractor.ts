// The injected extractor: an unlisted script the background runs in the tab the user chose
// (scripting.executeScript after activeTab was granted), never on every page load. It works on a
// clone of the live document and returns plain data (the script's result is structured-cloned).
import { failure } from '../lib/failure';
import { extractArticle } from '../lib/extract/extract-article';
import type { ExtractOutcome } from '../lib/messages';

export default defineUnlistedScript((): ExtractOutcome => {
  if (!/html|xml/i.test(document.contentType)) return failure('not-html', `This page is ${document.contentType}, not an article page.`);
  try {
    const result = extractArticle(document, { url: location.href });
    // Removals stay behind: the popup shows the article, and they can be large.
    return result.ok ? { ok: true, article: result.article } : { ok: false, error: result.error };
  } catch (error) {
    // A bug in the extractor: log it in the page's console and tell the user what broke.
    console.error('Article Digest: the extractor failed', error);
    return failure('unreadable-input', `The extractor failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});

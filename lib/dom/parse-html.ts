// Server-side DOM for Node (CLI, tests, benchmarks). Never imported by browser entry points:
// there the page's own Document is cloned instead.
import { DOMParser } from 'linkedom';

/** Parses an HTML string into a Document that Readability and lib/extract can work on. */
export function parseHtml(html: string, url?: string): Document {
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  if (url) setDocumentUrl(document, url);
  return document;
}

// linkedom has no notion of a document address; Readability and our metadata steps read
// `documentURI`/`baseURI` to resolve links, so pin them to the page's URL.
function setDocumentUrl(document: Document, url: string): void {
  for (const key of ['documentURI', 'URL', 'baseURI'] as const) {
    Object.defineProperty(document, key, { value: url, configurable: true });
  }
}

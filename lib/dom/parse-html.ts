// Server-side DOM for Node (CLI, tests, benchmarks). Never imported by browser entry points:
// there the browser has parsed the page, and its own Document is cloned instead.
import { parse } from 'parse5';
import { linkedomTreeAdapter } from './linkedom-tree-adapter';

/**
 * Parses an HTML string into a Document that Readability and lib/extract can work on: parse5
 * builds the tree the HTML standard (and so a browser) builds, into linkedom nodes. linkedom's own
 * parser keeps the markup's shape instead, so a page opening with a PHP warning, a bare <script>
 * or <meta> tags, or <head> without <html>, came out with no <body> at all.
 */
export function parseHtml(html: string, url?: string): Document {
  const document = parse(html, { treeAdapter: linkedomTreeAdapter });
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

// Saved digests for the library-at-scale bench: real articles and their local digests (the
// shared fixtures and the article-benchmark pages), repeated under distinct URLs, titles and
// dates until there are as many as asked. Made in Node; the browser side only writes them.
import type { Article } from '../../lib/article';
import type { Digest } from '../../lib/digest/digest-schema';
import { digestArticle } from '../../lib/digest/digest-article';
import { parseHtml } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract/extract-article';

const NOW = new Date('2026-01-01T00:00:00Z');

export interface BaseRecord {
  article: Article;
  digest: Digest;
}

/** Extracts and digests each page; pages without an article are left out. */
export function baseRecords(pages: readonly { html: string; url: string }[]): BaseRecord[] {
  const out: BaseRecord[] = [];
  for (const page of pages) {
    const result = extractArticle(parseHtml(page.html, page.url || undefined), { url: page.url });
    if (result.ok && result.article.wordCount >= 50) out.push({ article: result.article, digest: digestArticle(result.article, { now: NOW }) });
  }
  if (out.length === 0) throw new Error('no page gave an article to build saved digests from');
  return out;
}

/**
 * Page script (a string: the bench runs it in the library page, where nothing from Node exists)
 * that writes `count` records into the library's IndexedDB in one transaction: record i is base
 * record i mod n under its own URL (on one of 40 sites), a title telling the copies apart, and
 * dates one minute apart, newest last. Called with ({ bases, count, db, store }).
 */
export const FILL_LIBRARY = `async ({ bases, count, db: name, store }) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // Every store is emptied (list entries too); only records are written, as a library upgraded
  // from schema 2 holds them: the page builds their list entries on its first open.
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  for (const name of db.objectStoreNames) tx.objectStore(name).clear();
  const objects = tx.objectStore(store);
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const url = 'https://news' + (i % 40) + '.example/story/' + i;
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60000).toISOString();
    const title = base.article.title + ' (' + (Math.floor(i / bases.length) + 1) + ')';
    objects.put({ url, article: { ...base.article, url, title }, digest: base.digest, savedAt: at, updatedAt: at });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return count;
}`;

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';

const chrome = (title: string, main: string, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body>
<header><a href="/">The Daily Example</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/culture/">Culture</a></nav></header>
<main>${main}</main>
<footer><p>The Daily Example is published in Exampleton. Contact the newsroom, read our privacy policy and terms of use.</p></footer></body></html>`;

const SUBJECTS = ['The harbour master', 'A young welder', 'The city council', 'Two fishermen', 'The dredging crew', 'An engineer from the port', 'The ferry company', 'Local shopkeepers'];
const CLAIMS = ['expects the new quay to change how the town earns its living', 'worries that the night shifts will keep families awake for months', 'has promised a public report on the costs before the winter', 'remembers the storm that closed the old pier for a whole season', 'says the channel must be deepened before larger ships can dock', 'counts on the summer tourists to return once the works are done'];
const sentence = (n: number) => `${SUBJECTS[n % SUBJECTS.length]} ${CLAIMS[Math.floor(n / SUBJECTS.length) % CLAIMS.length]}, according to notes taken on day ${n}.`;
const prose = (paragraphs: number, from = 0) => Array.from({ length: paragraphs }, (_, i) => `<p>${sentence(from + i * 2)} ${sentence(from + i * 2 + 1)}</p>`).join('');
const teaser = (n: number) =>
  `<article class="card"><h3><a href="/news/story-${n}/">Story number ${n} about the harbour works</a></h3><p>A short teaser of story ${n}, a line or two long.</p><span>12 March</span></article>`;

describe('pages with text but no article answer not-readerable with a reason', () => {
  it.each([
    ['a 404 page', chrome('Page not found – The Daily Example', `<h1>Oops! That page can’t be found.</h1><p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p><form><input type="search" name="s"></form>`), /error page/],
    ['a soft 404 with popular stories', chrome('The Daily Example', `<h1>Sorry, this article is no longer available</h1><p>It may have been moved or removed. Here are some of our most read stories instead.</p><ul>${[1, 2, 3].map((n) => `<li><a href="/n/${n}">Most read story ${n}</a></li>`).join('')}</ul>`), /error page/],
    ['a German 404 page', chrome('Fehler 404 | Das Beispielblatt', '<h1>Seite nicht gefunden</h1><p>Die von Ihnen aufgerufene Seite existiert leider nicht mehr. Nutzen Sie die Suche oder kehren Sie zur Startseite zurück.</p>', 'de'), /error page/],
    ['a sign-in wall', chrome('Log in | The Daily Example', '<h1>Log in to your account</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Log in</button></form><p>New here? Create a free account in a minute.</p>'), /sign in/],
    ['search results', chrome('Search results for “harbour” | The Daily Example', `<h1>Search results for “harbour”</h1>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}`), /list of articles/],
    ['a tag page', chrome('Harbour | The Daily Example', `<h1>Harbour</h1><p>All our stories about the harbour.</p><div class="grid">${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</div>`), /list of articles/],
  ])('%s', (_name, html, reason) => {
    const result = extractArticle(parseHtml(html, 'https://example.com/some/page/'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-readerable');
    expect(result.error.message).toMatch(reason);
  });
});

describe('real articles that look a little like those still read', () => {
  it.each([
    ['an article about a missing page', chrome('The page not found by the archive – The Daily Example', `<article><h1>The page not found by the archive</h1>${prose(8)}</article>`)],
    ['a short article with a sign-in box beside it', chrome('Harbour works begin – The Daily Example', `<article><h1>Harbour works begin</h1>${prose(3)}</article><aside><h2>Log in</h2><form><input type="password"></form></aside>`)],
    ['an article ending in a grid of related stories', chrome('Harbour works begin – The Daily Example', `<article><h1>Harbour works begin</h1>${prose(6)}</article><section><h2>Related</h2>${[1, 2, 3, 4].map(teaser).join('')}</section>`)],
    ['an article whose sections are linked headings', chrome('Five harbours to visit – The Daily Example', `<article><h1>Five harbours to visit</h1>${[1, 2, 3, 4, 5].map((n) => `<h2><a href="https://harbour-${n}.example.org/">Harbour ${n}</a></h2>${prose(2, n * 4)}`).join('')}</article>`)],
  ])('%s', (_name, html) => {
    const result = extractArticle(parseHtml(html, 'https://example.com/news/harbour/'));
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.article.text).toContain(sentence(5));
  });
});

// Pages shaped like the platforms the site modules describe: their boilerplate goes, their gates
// make the article partial.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { PROSE } from './run-step';

const body = [1, 2, 3, 4, 5].map((n) => `<p>${n}. ${PROSE}</p>`).join('');

describe.each([
  {
    site: 'Substack',
    url: 'https://someone.substack.com/p/a-post',
    head: '<link rel="preconnect" href="https://substackcdn.com">',
    html: `<div class="available-content"><div class="body markup">${body}<p class="button-wrapper"><a class="button"><span>Subscribe now</span></a></p>
      <div class="subscription-widget-wrap"><p>Thanks for reading A Letter! Subscribe for free to receive new posts.</p></div></div></div>
      <div class="paywall"><h2>This post is for paid subscribers</h2><p>Already a paid subscriber? Sign in</p></div>`,
    gone: ['Subscribe now', 'Thanks for reading', 'This post is for paid subscribers', 'Already a paid subscriber'],
    coverage: 'partial',
  },
  {
    site: 'Ghost',
    url: 'https://blog.example.org/a-post/',
    head: '<meta name="generator" content="Ghost 5.80">',
    html: `<article class="gh-article"><section class="gh-content">${body}</section>
      <aside class="gh-post-upgrade-cta"><h2>This post is for paying subscribers only</h2><a>Subscribe now</a><p>Already have an account? Sign in</p></aside></article>`,
    gone: ['This post is for paying subscribers only', 'Already have an account'],
    coverage: 'partial',
  },
  {
    site: 'Medium',
    url: 'https://medium.com/@someone/a-story-123',
    head: '<meta property="al:android:package" content="com.medium.reader">',
    html: `<article><div><p>Member-only story</p><h1>A story</h1>${body}<p>The author made this story available to Medium members only.</p></div></article>`,
    gone: ['Member-only story', 'The author made this story available'],
    coverage: 'partial',
  },
  {
    site: 'WordPress with Jetpack',
    url: 'https://blog.example.net/2026/01/a-post/',
    head: '<meta name="generator" content="WordPress 6.6">',
    html: `<article class="post"><div class="entry-content">${body}<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3></div>
      <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3></div></div></article>
      <div class="jetpack-subscription-modal"><h2>Discover more from A Blog</h2><p>Subscribe now to keep reading and get access to the full archive.</p></div>`,
    gone: ['Share this', 'Related', 'Discover more', 'Subscribe now to keep reading'],
    coverage: 'full',
  },
])('$site', ({ url, head, html, gone, coverage }) => {
  const result = extractArticle(parseHtml(`<!DOCTYPE html><html><head><title>A post</title>${head}</head><body>${html}</body></html>`, url));
  if (!result.ok) throw new Error(result.error.message);

  it('keeps the body', () => {
    expect(result.article.text).toContain(`5. ${PROSE}`);
  });

  it.each(gone)('drops %j', (text) => {
    expect(result.article.text).not.toContain(text);
  });

  it(`reports coverage ${coverage}`, () => {
    expect(result.article.coverage.status).toBe(coverage);
  });
});

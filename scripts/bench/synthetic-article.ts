// Synthetic article pages of any length for the growth and browser benches: real sentences from
// the corpora, recombined in a fixed pseudo-random order (no sentence follows itself, paragraphs
// differ in length), inside the markup of a typical news page (header, nav, byline, headings,
// lists, a quote, figures, related links, footer), so extraction does its full work.
import { splitSentences } from '../../lib/text/split-sentences';
import { corpusArticleBodies } from './corpus-pages';

const MIN_WORDS = 6;
const MAX_WORDS = 60;

/** Prose sentences (6 to 60 words) from the given article bodies, in corpus order. */
export function proseSentences(bodies: readonly string[] = corpusArticleBodies()): string[] {
  const out: string[] = [];
  for (const body of bodies) {
    for (const paragraph of body.split(/\n+/)) {
      for (const sentence of splitSentences(paragraph)) {
        const words = wordsIn(sentence.text);
        if (words >= MIN_WORDS && words <= MAX_WORDS) out.push(sentence.text);
      }
    }
  }
  if (out.length < 50) throw new Error(`synthetic articles need real sentences; found only ${out.length}`);
  return out;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A deterministic walk over the sentences: each pass visits every sentence once, with a stride
 * coprime with their count, and each pass uses another stride, so sentences meet other neighbours
 * and no paragraph of a long page repeats an earlier one (extraction drops repeated blocks).
 */
function sentenceWalk(sentences: readonly string[]): () => string {
  const n = sentences.length;
  let i = 0;
  let stride = coprimeStride(n, 7919);
  return () => {
    const pass = Math.floor(i / n);
    if (i > 0 && i % n === 0) stride = coprimeStride(n, stride + 2 * pass + 2);
    return sentences[((i++ % n) * stride + pass) % n]!;
  };
}

function coprimeStride(n: number, from: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = from;
  while (gcd(stride, n) !== 1) stride++;
  return stride;
}

export interface SyntheticPage {
  html: string;
  /** Words in the article body (headings included). */
  words: number;
}

/** An article page of about `targetWords` words. Same inputs, same page. */
export function syntheticArticleHtml(sentences: readonly string[], targetWords: number): SyntheticPage {
  const next = sentenceWalk(sentences);
  const body: string[] = [];
  let words = 0;
  let paragraphs = 0;
  while (words < targetWords) {
    const kind = paragraphs % 23;
    if (paragraphs > 0 && paragraphs % 9 === 0) {
      const heading = next().split(/\s+/).slice(0, 6).join(' ');
      body.push(`<h2>${escapeHtml(heading)}</h2>`);
      words += wordsIn(heading);
    }
    if (kind === 11) {
      const items = [next(), next(), next()];
      body.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
      words += items.reduce((n, item) => n + wordsIn(item), 0);
    } else if (kind === 17) {
      const quote = next();
      body.push(`<blockquote><p>${escapeHtml(quote)}</p></blockquote>`);
      words += wordsIn(quote);
    } else if (kind === 5) {
      body.push(`<figure><img src="/img/${paragraphs}.jpg" alt="" width="800" height="450"><figcaption>Photo ${paragraphs}: Staff photographer</figcaption></figure>`);
    }
    const sentenceCount = 2 + ((paragraphs * 5) % 5);
    const paragraph = Array.from({ length: sentenceCount }, next);
    body.push(`<p>${escapeHtml(paragraph.join(' '))}</p>`);
    words += paragraph.reduce((n, s) => n + wordsIn(s), 0);
    paragraphs++;
  }
  const title = next().split(/\s+/).slice(0, 10).join(' ');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Bench Times</title>
<meta property="og:site_name" content="The Bench Times"><meta name="author" content="Ada Writer">
<meta property="article:published_time" content="2025-03-14T09:00:00Z"><meta name="viewport" content="width=device-width"></head>
<body><header class="site-header"><a class="logo" href="/">The Bench Times</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Technology</a></li><li><a href="/science">Science</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search"><input type="search" name="q" placeholder="Search"></form></header>
<main><article class="story"><h1>${escapeHtml(title)}</h1>
<p class="byline">By <a href="/authors/ada-writer" rel="author">Ada Writer</a> · <time datetime="2025-03-14">March 14, 2025</time></p>
<div class="story-body">
${body.join('\n')}
</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>More from The Bench Times</h2><ul>${[1, 2, 3, 4, 5].map((n) => `<li><a href="/story/${n}">${escapeHtml(sentences[n % sentences.length]!.split(/\s+/).slice(0, 8).join(' '))}</a></li>`).join('')}</ul></aside>
</main>
<footer class="site-footer"><p>© 2025 The Bench Times</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>`;
  return { html, words };
}

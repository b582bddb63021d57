// A first digest of a small built-in article, run by the background while the tab extracts the
// real one. A service worker that has just started (Chrome stops it after 30 s idle, so most
// clicks meet a fresh one) compiles the digest's functions and sets up Intl.Segmenter on its first
// digest: 35-80 ms here that the real article then waited for (issue 5, first click after idle).
// Done during the extraction, that work is off the click-to-card path.
import type { Article } from '../article';
import { digestArticle } from './digest-article';

const BLOCKS: Article['blocks'] = [
  { type: 'paragraph', text: 'A weekly review takes thirty minutes and saves a team hours of confusion. Most teams skip it because the week feels too busy, which is exactly when it matters.' },
  { type: 'heading', text: 'Why it works', level: 2 },
  { type: 'paragraph', text: 'The key is to compare what was planned with what happened. Teams that write down one lesson each week make fewer repeated mistakes, according to the people who run them.' },
  { type: 'paragraph', text: 'Always start with the numbers that changed. Never let the review turn into a status meeting, because status belongs in a shared document.' },
  { type: 'heading', text: 'How to run one', level: 2 },
  { type: 'list-item', text: 'Block the same half hour every Friday and protect it.' },
  { type: 'list-item', text: 'List the three outcomes that moved, and the one that did not.' },
  { type: 'list-item', text: 'Write the next step for each, with an owner and a date.' },
  { type: 'quote', text: 'What gets reviewed gets improved.' },
  { type: 'paragraph', text: 'In short, a small habit beats a large plan. Product managers, founders and engineering leads get the most from it.' },
];

export const WARM_UP_ARTICLE: Article = {
  url: 'https://example.org/weekly-review',
  title: 'Why a weekly review beats a quarterly plan',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  text: BLOCKS.map((block) => block.text).join('\n\n'),
  wordCount: BLOCKS.reduce((words, block) => words + block.text.split(/\s+/).length, 0),
  coverage: { status: 'full' },
  blocks: BLOCKS,
};

let warmed = false;

/** Digests {@link WARM_UP_ARTICLE} once per worker (later calls return at once); the result is dropped. */
export function warmUpDigest(): void {
  if (warmed) return;
  warmed = true;
  digestArticle(WARM_UP_ARTICLE, { now: new Date(0) });
}

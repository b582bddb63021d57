// Hand-made Articles for the digest tests: blocks in, the rest derived as extraction would.
import type { Article, Block } from '../../../lib/article';

type BlockSpec = string | [Block['type'], string] | Block;

export function makeArticle(blocks: BlockSpec[], extra: Partial<Article> = {}): Article {
  const typed: Block[] = blocks.map((b) => (typeof b === 'string' ? { type: 'paragraph', text: b } : Array.isArray(b) ? { type: b[0], text: b[1] } : b));
  const text = typed.map((b) => b.text).join('\n\n');
  return {
    url: 'https://example.com/post',
    title: 'A test article',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    coverage: { status: 'full' },
    blocks: typed,
    ...extra,
  };
}

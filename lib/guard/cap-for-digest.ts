// The part of an article the digest reads: whole blocks up to MAX_DIGEST_CHARS and MAX_DIGEST_BLOCKS, the last one cut.
// A book-length page would cost the digest seconds per 100,000 words; its first 600,000
// characters carry its point. Shorter articles come back unchanged (the same object).
import type { Article } from '../article';
import { MAX_DIGEST_BLOCKS, MAX_DIGEST_CHARS } from './page-limits';

const BLOCK_SEPARATOR = '\n\n';

export function capForDigest(article: Article, maxChars = MAX_DIGEST_CHARS, maxBlocks = MAX_DIGEST_BLOCKS): Article {
  if (article.text.length <= maxChars && article.blocks.length <= maxBlocks) return article;
  const blocks: Article['blocks'] = [];
  let length = 0;
  for (const block of article.blocks) {
    const room = maxChars - length - (blocks.length ? BLOCK_SEPARATOR.length : 0);
    if (room <= 0 || blocks.length >= maxBlocks) break;
    length += (blocks.length ? BLOCK_SEPARATOR.length : 0) + Math.min(block.text.length, room);
    blocks.push(block.text.length <= room ? block : { ...block, text: block.text.slice(0, room) });
  }
  // Blocks should join to the text; when a caller's article breaks that, cut the text itself.
  const text = blocks.length ? blocks.map((block) => block.text).join(BLOCK_SEPARATOR) : article.text.slice(0, maxChars);
  return { ...article, text, blocks };
}

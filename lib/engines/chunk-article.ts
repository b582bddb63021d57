// Fits an article into a model's context: whole when it fits, else consecutive parts cut at
// block (then sentence) boundaries, at most `maxParts`; what is left over is trimmed, and said so.
import type { Article } from '../article';

/** Rough and deliberately pessimistic: about 3 characters per token across languages. */
export const CHARS_PER_TOKEN = 3;
/** Room kept in every request for the instructions, the schema and the reply. */
const RESERVED_TOKENS = 3_500;
/** A part's digest is about this long as JSON; the merge request must hold all of them. */
const PART_DIGEST_CHARS = 2_500;

export interface ArticleChunks {
  parts: string[];
  /** Words of the article given to the model, and in all. */
  usedWords: number;
  totalWords: number;
  /** Set when the tail of the article did not fit: shown on the card. */
  trimmedNote?: string;
}

/** Characters of article text one request can carry for a model with this context size. */
export function articleBudgetChars(contextTokens: number): number {
  return Math.max(1_000, (contextTokens - RESERVED_TOKENS) * CHARS_PER_TOKEN);
}

export function chunkArticle(article: Article, contextTokens: number): ArticleChunks {
  const budget = articleBudgetChars(contextTokens);
  const totalWords = countWords(article.text);
  if (article.text.length <= budget) return { parts: [article.text], usedWords: totalWords, totalWords };
  const maxParts = Math.max(2, Math.min(8, Math.floor(budget / PART_DIGEST_CHARS)));
  const all = packPieces(pieces(article), budget);
  const parts = all.slice(0, maxParts);
  const usedWords = parts.reduce((sum, part) => sum + countWords(part), 0);
  if (parts.length === all.length) return { parts, usedWords, totalWords };
  const trimmedNote = `Article too long for the model: the digest covers the first ${usedWords.toLocaleString('en-US')} of ${totalWords.toLocaleString('en-US')} words.`;
  return { parts, usedWords, totalWords, trimmedNote };
}

/** Blocks in reading order; the text itself when an article carries no blocks. */
function pieces(article: Article): string[] {
  const blocks = article.blocks.map((block) => block.text).filter(Boolean);
  return blocks.length > 0 ? blocks : article.text.split(/\n{2,}/);
}

function packPieces(texts: string[], budget: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of texts.flatMap((text) => splitOversized(text, budget))) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (joined.length <= budget) {
      current = joined;
      continue;
    }
    if (current) parts.push(current);
    current = piece;
  }
  if (current) parts.push(current);
  return parts;
}

/** A single block longer than the budget is cut at sentence ends, or hard as a last resort. */
function splitOversized(text: string, budget: number): string[] {
  if (text.length <= budget) return [text];
  const sentences = text.match(/[^.!?。！？]+[.!?。！？]*\s*/g) ?? [text];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if ((current + sentence).length > budget && current) {
      out.push(current.trim());
      current = '';
    }
    current += sentence;
    while (current.length > budget) {
      out.push(current.slice(0, budget));
      current = current.slice(budget);
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

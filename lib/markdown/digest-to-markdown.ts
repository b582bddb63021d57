// The digest card as Markdown: YAML front matter, the card's sections in a fixed order, and an
// attribution line. Pure; every date comes from the article or digest.createdAt, so a fixed
// clock gives the same Markdown in the CLI and in the browser.
import type { Article } from '../article';
import type { Digest, Item } from '../digest/digest-schema';
import { escapeMarkdown } from './escape-markdown';
import { frontMatter } from './front-matter';
import { linkableUrl, textFragmentLink } from './text-fragment-link';

/**
 * The links from items to their sentences in the page, as numbered footnotes: a text-fragment
 * address is a few hundred characters, and one after every point drowned the card's text. Each
 * item gets a marker (`[^3]`); the links are listed at the end, with the quote when it says more
 * than the item (an AI engine's paraphrase), not when it repeats it (the local engine's).
 */
class SourceNotes {
  private readonly notes: string[] = [];

  constructor(private readonly article: Article) {}

  /** The item's text, with a footnote marker when its quote can be linked. */
  line(item: Item): string {
    const link = item.quote ? textFragmentLink(this.article.url, item.quote) : null;
    const text = escapeMarkdown(item.text);
    if (!link || !item.quote) return text;
    this.notes.push(sameWords(item.text, item.quote) ? `[source](${link})` : `“${escapeMarkdown(item.quote)}” [source](${link})`);
    return `${text}[^${this.notes.length}]`;
  }

  /** The footnote definitions, one a line. */
  definitions(): string[] {
    return this.notes.map((note, i) => `[^${i + 1}]: ${note}`);
  }
}

function sameWords(a: string, b: string): boolean {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

function section(title: string, body: string[]): string[] {
  return body.length ? ['', `## ${title}`, '', ...body] : [];
}

function attribution(article: Article): string {
  const url = linkableUrl(article.url);
  const title = escapeMarkdown(article.title || 'the original article');
  const parts = [`Digest of ${url ? `[${title}](${url})` : title}`];
  if (article.byline) parts.push(` by ${escapeMarkdown(article.byline)}`);
  if (article.siteName) parts.push(`, published by ${escapeMarkdown(article.siteName)}`);
  if (article.publishedTime) parts.push(` on ${escapeMarkdown(article.publishedTime.slice(0, 10))}`);
  return `${parts.join('')}. Quotes are the article's own words; the original is the authority.`;
}

export function digestToMarkdown(article: Article, digest: Digest): string {
  const notes = new SourceNotes(article);
  const bullets = (items: readonly Item[]) => items.map((item) => `- ${notes.line(item)}`);
  const lines = [
    ...frontMatter(article, digest),
    '',
    `# ${escapeMarkdown(article.title || 'Untitled page')}`,
    ...section('Summary', digest.summary ? [escapeMarkdown(digest.summary)] : []),
    ...section('Key takeaway', [notes.line(digest.keyTakeaway)]),
    ...section('Key insights', bullets(digest.keyInsights)),
    ...section('Principles', bullets(digest.principles)),
    ...section('Method', digest.method ? [notes.line(digest.method)] : []),
    ...section('In practice', bullets(digest.inPractice)),
    ...section('Topics', digest.topics.length ? [digest.topics.map(escapeMarkdown).join(', ')] : []),
    ...section('Best for', [digest.audience.map(escapeMarkdown).join(', ')]),
    '',
    '---',
    '',
    `*${attribution(article)}*`,
  ];
  const definitions = notes.definitions();
  if (definitions.length) lines.push('', ...definitions);
  lines.push('');
  return lines.join('\n');
}

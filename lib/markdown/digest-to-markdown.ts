// The digest card as Markdown: YAML front matter, the card's sections in a fixed order, and an
// attribution line. Pure; every date comes from the article or digest.createdAt, so a fixed
// clock gives the same Markdown in the CLI and in the browser. The headings and the attribution's
// words are the caller's (labels), in the reader's language.
import type { Article } from '../article';
import type { Digest, Item } from '../digest/digest-schema';
import { escapeMarkdown } from './escape-markdown';
import { frontMatter } from './front-matter';
import { fillSlot, type MarkdownLabels } from './markdown-labels';
import { linkableUrl, textFragmentLink } from './text-fragment-link';

/**
 * The links from items to their sentences in the page, as numbered footnotes: a text-fragment
 * address is a few hundred characters, and one after every point drowned the card's text. Each
 * item gets a marker (`[^3]`); the links are listed at the end, with the quote when it says more
 * than the item (an AI engine's paraphrase), not when it repeats it (the local engine's).
 */
class SourceNotes {
  private readonly notes: string[] = [];

  constructor(
    private readonly article: Article,
    private readonly sourceLabel: string,
  ) {}

  /** The item's text, with a footnote marker when its quote can be linked. */
  line(item: Item): string {
    const link = item.quote ? textFragmentLink(this.article.url, item.quote) : null;
    const text = escapeMarkdown(item.text);
    if (!link || !item.quote) return text;
    const source = `[${escapeMarkdown(this.sourceLabel)}](${link})`;
    this.notes.push(sameWords(item.text, item.quote) ? source : `“${escapeMarkdown(item.quote)}” ${source}`);
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

function attribution(article: Article, words: MarkdownLabels['attribution']): string {
  const url = linkableUrl(article.url);
  const title = article.title ? escapeMarkdown(article.title) : escapeMarkdown(words.originalArticle);
  let line = fillSlot(words.digestOf, url ? `[${title}](${url})` : title);
  // "Stratechery by Ben Thompson" names the author already; once is enough (as the popup's source line).
  if (article.byline && !article.siteName?.includes(article.byline)) line += ` ${fillSlot(words.byAuthor, escapeMarkdown(article.byline))}`;
  if (article.siteName) line += `, ${fillSlot(words.publishedBy, escapeMarkdown(article.siteName))}`;
  if (article.publishedTime) line += ` ${fillSlot(words.publishedOn, escapeMarkdown(article.publishedTime.slice(0, 10)))}`;
  return `${line}. ${words.closing}`;
}

export function digestToMarkdown(article: Article, digest: Digest, labels: MarkdownLabels): string {
  const notes = new SourceNotes(article, labels.source);
  const bullets = (items: readonly Item[]) => items.map((item) => `- ${notes.line(item)}`);
  const heads = labels.sections;
  const lines = [
    ...frontMatter(article, digest),
    '',
    `# ${escapeMarkdown(article.title || labels.untitled)}`,
    ...section(heads.summary, digest.summary ? [escapeMarkdown(digest.summary)] : []),
    ...section(heads.keyTakeaway, [notes.line(digest.keyTakeaway)]),
    ...section(heads.keyInsights, bullets(digest.keyInsights)),
    ...section(heads.principles, bullets(digest.principles)),
    ...section(heads.method, digest.method ? [notes.line(digest.method)] : []),
    ...section(heads.inPractice, bullets(digest.inPractice)),
    ...section(heads.topics, digest.topics.length ? [digest.topics.map(escapeMarkdown).join(', ')] : []),
    ...section(heads.bestFor, [digest.audience.map((value) => escapeMarkdown(labels.audiences[value])).join(', ')]),
    '',
    '---',
    '',
    `*${attribution(article, labels.attribution)}*`,
  ];
  const definitions = notes.definitions();
  if (definitions.length) lines.push('', ...definitions);
  lines.push('');
  return lines.join('\n');
}

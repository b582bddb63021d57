// The digest card as Markdown: YAML front matter, the card's sections in a fixed order, and an
// attribution line. Pure; every date comes from the article or digest.createdAt, so a fixed
// clock gives the same Markdown in the CLI and in the browser.
import type { Article } from '../article';
import type { Digest, Item } from '../digest/digest-schema';
import { escapeMarkdown, yamlList, yamlString } from './escape-markdown';
import { linkableUrl, textFragmentLink } from './text-fragment-link';

function frontMatter(article: Article, digest: Digest): string[] {
  const coverage = article.coverage;
  const lines = [
    '---',
    `title: ${yamlString(article.title)}`,
    `source: ${yamlString(article.url || null)}`,
    `author: ${yamlString(article.byline)}`,
    `site: ${yamlString(article.siteName)}`,
    `published: ${yamlString(article.publishedTime)}`,
    `saved: ${yamlString(digest.createdAt)}`,
    `tags: ${yamlList(digest.topics)}`,
    `audience: ${yamlList(digest.audience)}`,
    `coverage: ${yamlString(coverage.status)}`,
  ];
  // The reason is left out: it quotes the page's gate ("subscribe to keep reading"), which is
  // exactly the boilerplate an export must not carry.
  if (coverage.status === 'partial') {
    if (coverage.visibleWords !== undefined) lines.push(`visible_words: ${coverage.visibleWords}`);
    if (coverage.estimatedWords !== undefined) lines.push(`estimated_words: ${coverage.estimatedWords}`);
  }
  lines.push(`engine: ${yamlString(digest.engine.name)}`, '---');
  return lines;
}

/** An item's text with a link to its quote in the page, when both exist. */
function itemLine(article: Article, item: Item): string {
  const link = item.quote ? textFragmentLink(article.url, item.quote) : null;
  return link ? `${escapeMarkdown(item.text)} ([source](${link}))` : escapeMarkdown(item.text);
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
  const bullets = (items: readonly Item[]) => items.map((item) => `- ${itemLine(article, item)}`);
  const lines = [
    ...frontMatter(article, digest),
    '',
    `# ${escapeMarkdown(article.title || 'Untitled page')}`,
    ...section('Summary', digest.summary ? [escapeMarkdown(digest.summary)] : []),
    ...section('Key takeaway', [itemLine(article, digest.keyTakeaway)]),
    ...section('Key insights', bullets(digest.keyInsights)),
    ...section('Principles', bullets(digest.principles)),
    ...section('Method', digest.method ? [itemLine(article, digest.method)] : []),
    ...section('In practice', bullets(digest.inPractice)),
    ...section('Topics', digest.topics.map((topic) => `- ${escapeMarkdown(topic)}`)),
    ...section('Best for', [digest.audience.map(escapeMarkdown).join(', ')]),
    '',
    '---',
    '',
    `*${attribution(article)}*`,
    '',
  ];
  return lines.join('\n');
}

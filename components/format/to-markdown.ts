// The Markdown export as Copy, Download and Send to Obsidian give it: headings and attribution in
// the interface's language (the labels read once per page).
import type { Article } from '../../lib/article';
import type { Digest } from '../../lib/digest/digest-schema';
import { digestToMarkdown } from '../../lib/markdown/digest-to-markdown';
import type { MarkdownLabels } from '../../lib/markdown/markdown-labels';
import { markdownLabels } from '../i18n/markdown-labels';
import { t } from '../i18n/t';

let labels: MarkdownLabels | undefined;

export function toMarkdown(article: Article, digest: Digest): string {
  return digestToMarkdown(article, digest, (labels ??= markdownLabels(t)));
}

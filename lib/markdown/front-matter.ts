// The Markdown export's YAML front matter, in the properties Obsidian Web Clipper writes (title,
// source, author as a list, published and created as dates, description, tags), then the card's
// own (site, audience, coverage, engine). Text is double-quoted, dates are bare YYYY-MM-DD (so
// Obsidian reads them as dates), an empty value is left blank, lists are one item a line.
import type { Article } from '../article';
import type { Digest } from '../digest/digest-schema';
import { obsidianTags } from '../obsidian/obsidian-tag';
import { yamlString } from './escape-markdown';

type Value = { kind: 'text'; value: string | null | undefined } | { kind: 'list'; values: readonly string[] } | { kind: 'date' | 'number'; value: string | null };

export function frontMatter(article: Article, digest: Digest): string[] {
  const coverage = article.coverage;
  const fields: [string, Value][] = [
    ['title', text(article.title)],
    ['source', text(pageSource(article.url))],
    ['author', { kind: 'list', values: bylineAuthors(article.byline) }],
    ['published', { kind: 'date', value: isoDay(article.publishedTime) }],
    ['created', { kind: 'date', value: localDay(digest.createdAt) }],
    ['description', text(article.excerpt?.trim() || digest.keyTakeaway.text)],
    ['tags', { kind: 'list', values: obsidianTags(digest.topics) }],
    ['site', text(article.siteName)],
    ['audience', { kind: 'list', values: digest.audience }],
    ['coverage', text(coverage.status)],
  ];
  // The reason is left out: it quotes the page's gate ("subscribe to keep reading"), which is
  // exactly the boilerplate an export must not carry.
  if (coverage.status === 'partial') {
    if (coverage.visibleWords !== undefined) fields.push(['visible_words', { kind: 'number', value: String(coverage.visibleWords) }]);
    if (coverage.estimatedWords !== undefined) fields.push(['estimated_words', { kind: 'number', value: String(coverage.estimatedWords) }]);
  }
  fields.push(['engine', text(digest.engine.name)]);
  return ['---', ...fields.flatMap(([key, value]) => yamlField(key, value)), '---'];
}

function text(value: string | null | undefined): Value {
  return { kind: 'text', value };
}

function yamlField(key: string, value: Value): string[] {
  switch (value.kind) {
    case 'list':
      return value.values.length ? [`${key}:`, ...value.values.map((item) => `  - ${yamlString(item)}`)] : [`${key}:`];
    case 'text':
      return [value.value ? `${key}: ${yamlString(value.value)}` : `${key}:`];
    default:
      return [value.value ? `${key}: ${value.value}` : `${key}:`];
  }
}

/** The page's address as the note's source: http(s) only, without a text fragment (`#:~:text=…`). */
export function pageSource(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  const directive = url.indexOf(':~:');
  const hash = url.indexOf('#');
  if (directive === -1 || hash === -1 || directive < hash) return url;
  // "#section:~:text=…" keeps "#section"; "#:~:text=…" keeps nothing of the fragment.
  const kept = url.slice(0, directive);
  return kept.endsWith('#') ? kept.slice(0, -1) : kept;
}

// A byline names people with commas, "and", "&" or semicolons between them.
const AUTHOR_SEPARATOR = /\s*(?:[,;&]|\band\b)\s*/i;

/** "Ann Lee and Bo Chan" → ["Ann Lee", "Bo Chan"]; a leading "By" is dropped. */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const names = byline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
    .split(AUTHOR_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day an ISO date or date-time starts with ("2026-11-17T10:00:00+00:00" → "2026-11-17"), or null. */
export function isoDay(value: string | null | undefined): string | null {
  const match = ISO_DAY.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // "2026-02-31" is no day: Date would roll it into March.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0] : null;
}

/** The day of an instant on the reader's clock ("created": the day they saved it), or null. */
export function localDay(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

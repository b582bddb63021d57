// Names one Markdown file per saved digest for "Export all as Markdown" (zipped by the caller).
import type { SavedDigest } from '../storage/saved-digest-schema';

export interface NamedFile {
  name: string;
  text: string;
}

/** File names come from titles, made safe and unique ("title.md", "title-2.md"). */
export function markdownFiles(records: readonly SavedDigest[], toMarkdown: (record: SavedDigest) => string): NamedFile[] {
  const used = new Set<string>();
  return records.map((record) => {
    const base = markdownFileBase(record.article.title || record.url);
    let name = `${base}.md`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.md`;
    used.add(name);
    return { name, text: toMarkdown(record) };
  });
}

/** A file name stem from a title: letters and digits of any script, dashes between words, at most 80 characters. */
export function markdownFileBase(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || 'digest';
}

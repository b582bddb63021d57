// Names one Markdown file per saved digest for "Export all as Markdown" (zipped by the caller).
import { obsidianFileName } from '../obsidian/obsidian-file-name';
import type { SavedDigest } from '../storage/saved-digest-schema';

export interface NamedFile {
  name: string;
  text: string;
}

/** File names are the titles as Obsidian names notes ("Title.md", "Title 2.md"): the zip can be unpacked into a vault. */
export function markdownFiles(records: readonly SavedDigest[], toMarkdown: (record: SavedDigest) => string): NamedFile[] {
  const used = new Set<string>();
  return records.map((record) => {
    const base = obsidianFileName(record.article.title || record.url);
    let name = `${base}.md`;
    // Case-insensitive: macOS and Windows take "A.md" and "a.md" for one file.
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}.md`;
    used.add(name.toLowerCase());
    return { name, text: toMarkdown(record) };
  });
}

// Part 5: the size of each entry point of the built extension (.output/chrome-mv3): the entry's
// JavaScript plus every chunk it imports statically, and for pages their stylesheets; raw bytes
// and gzip -9 (each file compressed on its own, as a store or server would).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kib, type PartResult } from './bench-result';

export const BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Entry points: the top-level .js files (background, injected scripts) and .html pages. */
export function entryPoints(root: string): string[] {
  return readdirSync(root)
    .filter((file) => file.endsWith('.js') || file.endsWith('.html'))
    .sort();
}

export function entrySize(root: string, entry: string): EntrySize {
  const files = [...collectFiles(root, entry)].sort();
  const contents = files.map((file) => readFileSync(join(root, file)));
  return {
    entry,
    files,
    raw: contents.reduce((total, bytes) => total + bytes.length, 0),
    gzip: contents.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0),
  };
}

function collectFiles(root: string, entry: string): Set<string> {
  const found = new Set<string>();
  const queue = entry.endsWith('.html') ? [entry, ...assetsOfHtml(root, entry)] : [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(root, file), 'utf8');
    // Static imports only: a lazily imported chunk is not paid for when the entry loads.
    for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
    }
  }
  return found;
}

function assetsOfHtml(root: string, file: string): string[] {
  const html = readFileSync(join(root, file), 'utf8');
  const pattern = /<script[^>]+src="([^"]+)"|<link[^>]+href="([^"]+\.(?:js|css))"/g;
  return [...html.matchAll(pattern)].map((m) => {
    const src = (m[1] ?? m[2])!;
    return posix.normalize(src.startsWith('/') ? src.slice(1) : posix.join(dirname(file), src));
  });
}

export function runBundleBench(root = BUILD_DIR): PartResult & { sizes: EntrySize[] } {
  if (!existsSync(join(root, 'manifest.json'))) throw new Error(`No build in ${root}: run \`npx wxt build\` first.`);
  const sizes = entryPoints(root).map((entry) => entrySize(root, entry));
  return {
    sizes,
    rows: sizes.map((size) => ({
      part: '5 bundle sizes',
      measure: `${size.entry} (${size.files.length} file${size.files.length === 1 ? '' : 's'})`,
      value: `${kib(size.raw)} raw, ${kib(size.gzip)} gzip`,
    })),
    notes: ['Part 5: each entry point of .output/chrome-mv3 with the chunks it imports statically and, for pages, their scripts and stylesheets; gzip level 9 per file (`npm run budgets` checks the popup and extractor against their limits).'],
  };
}

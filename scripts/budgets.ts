// Size budgets of the built extension (run after `npm run build`): the injected extractor and the
// JavaScript the popup loads, raw and gzipped (level 9). Exits 1 when a budget is exceeded.
//   npm run budgets [-- --dir .output/chrome-mv3]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = [
  { name: 'injected extractor', entry: 'extractor.js', gzipLimit: 25 * KB },
  { name: 'popup JS', entry: 'popup.html', gzipLimit: 45 * KB },
] as const;

const { values } = parseArgs({ options: { dir: { type: 'string', default: '.output/chrome-mv3' } } });
const root = resolve(values.dir);
if (!existsSync(join(root, 'manifest.json'))) {
  process.stderr.write(`No build in ${root}: run \`npm run build\` first.\n`);
  process.exit(2);
}

let failed = false;
for (const budget of BUDGETS) {
  const files = [...collectScripts(budget.entry)];
  const contents = files.map((file) => readFileSync(join(root, file)));
  const raw = contents.reduce((sum, bytes) => sum + bytes.length, 0);
  // Each file is compressed on its own, as a store or a server would.
  const gzip = contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
  const ok = gzip <= budget.gzipLimit;
  failed ||= !ok;
  process.stdout.write(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name.padEnd(19)} raw ${kb(raw).padStart(9)}  gzip ${kb(gzip).padStart(8)}  (budget ${kb(budget.gzipLimit)} gzip)  ${files.join(', ')}\n`,
  );
}
process.exit(failed ? 1 : 0);

/** The entry's scripts and every chunk they import, statically, followed transitively. */
function collectScripts(entry: string): Set<string> {
  const found = new Set<string>();
  const queue = entry.endsWith('.html') ? scriptsOfHtml(entry) : [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/g)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
    }
  }
  return found;
}

function scriptsOfHtml(file: string): string[] {
  const html = readFileSync(join(root, file), 'utf8');
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  return sources.map((src) => posix.normalize(src.startsWith('/') ? src.slice(1) : posix.join(dirname(file), src)));
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

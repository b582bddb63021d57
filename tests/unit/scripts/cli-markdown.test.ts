// The CLI's Markdown carries the front matter Obsidian Web Clipper writes, in its order, with
// text quoted and dates bare, and reads back as YAML (what a vault and other tools parse).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('digest --format md', () => {
  it('gives front matter with the clipper\'s fields, then ours; the source is the page, not the text fragment', async () => {
    const url = 'https://stratechery.com/2026/amazons-durability/#:~:text=Amazon%20announced';
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/digest.ts', '--format', 'md', '--url', url, '--now', '2026-11-21T12:00:00Z', 'tests/fixtures/stratechery--amazon-durability.html'],
      { cwd: ROOT },
    );
    const lines = stdout.split('\n');
    const front = lines.slice(1, lines.indexOf('---', 1));
    const parsed = parseYaml(front.join('\n')) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['title', 'source', 'author', 'published', 'created', 'description', 'tags', 'site', 'audience', 'coverage', 'engine']);
    expect(parsed).toMatchObject({
      title: 'Amazon’s Durability',
      source: 'https://stratechery.com/2026/amazons-durability/',
      author: ['Ben Thompson'],
      published: '2026-11-17',
      created: '2026-11-21',
      site: 'Stratechery by Ben Thompson',
      coverage: 'full',
      engine: 'local',
    });
    expect(front).toContain('published: 2026-11-17');
    expect(front.find((line) => line.startsWith('title:'))).toBe('title: "Amazon’s Durability"');
    for (const tag of parsed.tags as string[]) expect(tag).toMatch(/^(?![\d_-]*$)[\p{L}\p{M}\p{N}_-]+$/u);
    expect(stdout).toMatch(/\n\[\^1\]: \[source\]\(https:\/\/stratechery\.com\/2026\/amazons-durability\/#:~:text=/);
  }, 60_000);

  it('writes the headings and the attribution in the language --lang names (English by default), and refuses one it lacks', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--now', '2026-11-21T12:00:00Z', ...args, 'tests/fixtures/stratechery--amazon-durability.html'], { cwd: ROOT });
    const [german, english] = await Promise.all([run('--lang', 'de'), run()]);
    const headings = (md: string) => md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings(german.stdout)).toEqual(['## Zusammenfassung', '## Kernaussage', '## Erkenntnisse', '## Prinzipien', '## Vorgehen', '## In der Praxis', '## Themen', '## Ideal für']);
    expect(headings(english.stdout)).toEqual(['## Summary', '## Key takeaway', '## Key insights', '## Principles', '## Method', '## In practice', '## Topics', '## Best for']);
    expect(german.stdout).toMatch(/\n\*Digest zu \[Amazon’s Durability\]/);
    await expect(run('--lang', 'it')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--lang must be one of en, de, fr, es, not "it"') });
  }, 60_000);
});

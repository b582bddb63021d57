// Checks of the built archives themselves: the manifest as shipped, the size budgets, and
// Firefox's linter (web-ext lint) on the Firefox build.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const manifestOf = (build: string) => JSON.parse(readFileSync(resolve(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('built extension', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s asks for exactly activeTab, scripting, storage, contextMenus and has its icons and shortcut', (build) => {
    const manifest = manifestOf(build);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '128']);
    expect(JSON.stringify(manifest.commands)).toContain('Alt+Shift+D');
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s speaks en, de, fr and es: its name, description and shortcut are messages', (build) => {
    const manifest = manifestOf(build);
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
    expect(JSON.stringify(manifest.commands)).toContain('"description":"__MSG_commandDigest__"');
    for (const locale of ['en', 'de', 'fr', 'es']) {
      const messages = JSON.parse(readFileSync(resolve(ROOT, '.output', build, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBe('Article Digest');
      expect(messages.commandDigest?.message).toBeTruthy();
    }
  });

  it('the Firefox build carries its gecko id', () => {
    expect(manifestOf('firefox-mv2')).toMatchObject({ browser_specific_settings: { gecko: { id: 'article-digest@example.org' } } });
  });

  it.each(['chrome-mv3', 'firefox-mv2'])("%s's popup.html carries its CSS and loads its JS from three files (issue 5)", (build) => {
    const html = readFileSync(resolve(ROOT, '.output', build, 'popup.html'), 'utf8');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<style>[^<]*\.card-title/);
    const scripts = [...html.matchAll(/<script[^>]* src="([^"]+)"|<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
    expect(scripts).toEqual(['/popup-early.js', expect.stringMatching(/^\/chunks\/popup-/), expect.stringMatching(/^\/chunks\/popup-modules-/)]);
    // The shared chunk, which the library and options pages import too, must not render the popup.
    const read = (path: string | undefined) => readFileSync(resolve(ROOT, '.output', build, `.${path}`), 'utf8');
    expect(read(scripts[1])).toContain('popup.html has no #app element');
    expect(read(scripts[2])).not.toContain('popup.html has no #app element');
  });

  it.each(['library.html', 'options.html'])("%s links none of the popup's own CSS (its 400 px body)", (page) => {
    const html = readFileSync(resolve(ROOT, '.output/chrome-mv3', page), 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\/([^"]+)"/g)].map((match) => match[1] as string);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(readFileSync(resolve(ROOT, '.output/chrome-mv3', sheet), 'utf8')).not.toMatch(/body\{[^}]*width:400px/);
  });

  it('stays within the size budgets (npm run budgets)', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'budgets'], { cwd: ROOT });
    expect(stdout).toMatch(/^ok +injected extractor/m);
    expect(stdout).toMatch(/^ok +popup JS/m);
  });

  it('web-ext lint finds no error in the Firefox build', async () => {
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-input'], { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 });
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});

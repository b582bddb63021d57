// The library page on the production build: lists what was saved (same URL updates, never
// duplicates), opens, filters, deletes with undo, is accessible, and a JSON export imported
// into a fresh profile restores every digest exactly.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArtifact } from './harness/artifacts';
import { digestAndSave, downloadText } from './harness/digest-and-save';
import { launchExtensionBrowser, openLibrary, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousAxeViolations } from './harness/run-axe';
import { runCli } from './harness/run-cli';
import type { Article } from '../../lib/article';
import type { Digest } from '../../lib/digest/digest-schema';
import { obsidianFileName } from '../../lib/obsidian/obsidian-file-name';
import { obsidianTag } from '../../lib/obsidian/obsidian-tag';

interface CliRecord {
  article: Article;
  digest: Digest;
}

let browser: ExtensionBrowser;
let server: FixtureServer;
const fresh: ExtensionBrowser[] = [];
let backupPath = '';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
  for (const fixture of server.fixtures) await digestAndSave(browser, server.urlOf(fixture));
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close(), ...fresh.map((b) => b.close())]);
});

describe('library page', () => {
  it('lists each saved page once, newest first, and saving again updates it', async () => {
    const library = await openLibrary(browser);
    await library.locator('.entry').first().waitFor();
    const count = await library.locator('.entry').count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(server.fixtures.length);
    expect(await library.locator('.library-count').textContent()).toBe(`${count} saved digests`);

    const again = await digestAndSave(browser, server.urlOf(server.fixtures[0]!));
    expect(again.notice).toBe('Updated in your library.');
    await library.reload();
    await library.locator('.entry').first().waitFor();
    expect(await library.locator('.entry').count()).toBe(count);
    expect(await library.locator('.entry-title').first().textContent()).toBe(again.title);
    await library.close();
  });

  it('opens a card, filters by topic, audience and site, deletes with undo', async () => {
    const library = await openLibrary(browser);
    const first = library.locator('.entry-title button').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await library.locator('.card-title', { hasText: title }).waitFor();
    await library.getByRole('button', { name: '← All digests' }).click();

    for (const label of ['Topic', 'Audience', 'Site']) {
      const select = library.getByLabel(label, { exact: true });
      const option = (await select.locator('option').nth(1).getAttribute('value')) ?? '';
      await select.selectOption(option);
      expect(await library.locator('.entry').count()).toBeGreaterThan(0);
      await select.selectOption('');
    }

    const before = await library.locator('.entry').count();
    await library.getByRole('button', { name: `Delete ${title}` }).click();
    await library.getByText(`Deleted “${title}”.`).waitFor();
    expect(await library.locator('.entry').count()).toBe(before - 1);
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.locator('.entry-title', { hasText: title }).waitFor();
    expect(await library.locator('.entry').count()).toBe(before);
    await library.close();
  });

  it('search finds a digest by a word only its principles hold, or only its article text; the list shows the preview badge', async () => {
    const fixture = 'stratechery--amazon-durability';
    const { article, digest } = JSON.parse(await runCli(['--format', 'json', '--url', server.urlOf(fixture), server.fileOf(fixture)])) as CliRecord;
    const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const words = (text: string) => new Set(fold(text).match(/[\p{L}\p{N}]{7,}/gu) ?? []);
    const items = (list: { text: string }[]) => list.map((item) => item.text);
    const card = (skipPrinciples: boolean) =>
      fold([article.title, article.byline, article.siteName, digest.summary, digest.keyTakeaway.text, ...items(digest.keyInsights), ...(skipPrinciples ? [] : items(digest.principles)), digest.method?.text ?? '', ...items(digest.inPractice), ...digest.topics].join(' '));
    const onlyInPrinciples = [...words(items(digest.principles).join(' '))].find((word) => !card(true).includes(word));
    const onlyInText = [...words(article.text)].find((word) => !card(false).includes(word));
    expect(onlyInPrinciples).toBeTruthy();
    expect(onlyInText).toBeTruthy();

    const library = await openLibrary(browser);
    await library.locator('.entry').first().waitFor();
    // The fixture and its paywalled copy share the title: the copy's entry carries the badge.
    const badges = await library.locator('.entry').evaluateAll((entries) => entries.map((e) => e.querySelector('.entry-badge')?.textContent ?? ''));
    expect(badges.filter((b) => b.startsWith('Preview only'))).toHaveLength(1);
    const search = library.getByRole('searchbox', { name: 'Search' });
    const results = () => library.locator('.entry').evaluateAll((entries) => entries.map((e) => `${e.querySelector('.entry-title')?.textContent}${e.querySelector('.entry-badge') ? ' (preview)' : ''}`));
    for (const word of [onlyInPrinciples!, onlyInText!]) {
      await search.fill(word);
      await library.locator('.library-count', { hasText: /^Showing \d+ of/ }).waitFor();
      // The full article (no preview badge) is found; the word is in no other field of its card.
      expect(await results()).toContain(article.title);
    }
    await library.close();
  });

  it('Send to Obsidian from an opened card: the note on the clipboard, obsidian://new with the vault and folder of Settings', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Vault').fill('E2E Vault');
    await options.getByLabel('Folder').fill('Reading/Web');
    await options.getByLabel(/Don't open Obsidian/).check();
    await options.getByRole('button', { name: 'Save Obsidian settings' }).click();
    await options.getByText('Saved.').waitFor();
    await options.close();

    const library = await openLibrary(browser);
    const first = library.locator('.entry-title button').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await library.locator('.card-title', { hasText: title }).waitFor();
    await library.getByRole('button', { name: 'Copy Markdown' }).click();
    await library.getByText('Markdown copied.').waitFor();
    const note = await library.evaluate(() => navigator.clipboard.readText());
    expect(note).toMatch(/^---\ntitle: /);
    await library.evaluate(() => navigator.clipboard.writeText(''));
    await library.getByRole('button', { name: 'Send to Obsidian' }).click();
    await library.getByText('Note copied and sent to Obsidian.').waitFor();
    expect(await library.evaluate(() => navigator.clipboard.readText())).toBe(note);
    expect(await library.locator('.opened .notice a').getAttribute('href')).toBe(
      `obsidian://new?file=${encodeURIComponent(`Reading/Web/${obsidianFileName(title)}`)}&vault=E2E%20Vault&clipboard&silent=true`,
    );
    // The page stayed where it was.
    expect(await library.locator('.card-title').textContent()).toBe(title);
    await library.close();
  });

  it('a topic chip in the list filters by it', async () => {
    const library = await openLibrary(browser);
    await library.locator('.entry').first().waitFor();
    const total = await library.locator('.entry').count();
    const chip = library.locator('.entry').last().locator('.chips-topic button.chip').first();
    const topic = (await chip.textContent()) ?? '';
    await chip.click();
    const select = library.getByLabel('Topic', { exact: true });
    await library.waitForFunction(() => (document.querySelector('#filter-topic') as HTMLSelectElement | null)?.value);
    expect(await select.inputValue()).toBe(obsidianTag(topic));
    // Every entry left holds the topic.
    const left = await library.locator('.entry').count();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(total);
    await library.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation (%s), screenshot', async (colorScheme) => {
    const library = await openLibrary(browser);
    await library.emulateMedia({ colorScheme });
    await library.locator('.entry').first().waitFor();
    writeArtifact(`library-${colorScheme}.png`, await library.screenshot({ fullPage: true }));
    expect(await seriousAxeViolations(library)).toEqual([]);
    await library.locator('.entry-title button').first().click();
    await library.locator('.card-title').waitFor();
    writeArtifact(`library-card-${colorScheme}.png`, await library.screenshot({ fullPage: true }));
    expect(await seriousAxeViolations(library)).toEqual([]);
    await library.close();
  });

  it('exports Markdown files, one per digest', async () => {
    const library = await openLibrary(browser);
    await library.locator('.entry').first().waitFor();
    const count = await library.locator('.entry').count();
    const zip = await downloadText(library, 'Export Markdown (.zip)');
    expect(zip.name).toMatch(/^article-digest-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync(zip.path));
    expect(Object.keys(files)).toHaveLength(count);
    for (const bytes of Object.values(files)) expect(strFromU8(bytes).length).toBeGreaterThan(0);
    await library.close();
  });

  it('export, then import into a fresh profile, restores every digest exactly', async () => {
    const library = await openLibrary(browser);
    await library.locator('.entry').first().waitFor();
    backupPath = (await downloadText(library, 'Export backup (.json)')).path;
    const exported = JSON.parse(readFileSync(backupPath, 'utf8')) as { digests: unknown[] };
    await library.close();

    const other = await launchExtensionBrowser();
    fresh.push(other);
    const empty = await openLibrary(other);
    await empty.getByText('Nothing saved yet.', { exact: false }).waitFor();
    await empty.locator('input[type=file]').setInputFiles(backupPath);
    await empty.getByText(`Imported ${exported.digests.length} digests.`).waitFor();
    await empty.reload();
    await empty.locator('.entry').first().waitFor();
    const restored = JSON.parse(readFileSync((await downloadText(empty, 'Export backup (.json)')).path, 'utf8')) as { digests: unknown[] };
    expect(restored.digests).toEqual(exported.digests);

    // Importing the same file again changes nothing and says why.
    await empty.locator('input[type=file]').setInputFiles(backupPath);
    await empty.getByText(`Imported 0 digests, skipped ${exported.digests.length}.`).waitFor();
    await empty.close();
  });

  it('refuses a backup with one bad digest, importing nothing, and says which and why', async () => {
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { digests: { digest: { audience: string[] } }[] };
    backup.digests[0]!.digest.audience = ['Astronaut'];
    const other = await launchExtensionBrowser();
    fresh.push(other);
    const library = await openLibrary(other);
    await library.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await library.getByText('Nothing was imported: the backup has problems.').waitFor();
    expect(await library.locator('.report-details li').first().textContent()).toMatch(/^digest 1 \(http.*audience/s);
    expect(await library.locator('.entry').count()).toBe(0);
    await library.close();
  });
});

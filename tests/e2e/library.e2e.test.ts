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

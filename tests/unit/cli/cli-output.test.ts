// Nothing lost through a pipe: the CLI writes faster than a slow consumer reads, and every line
// (jsonl), the whole array (json) and every card (md) must still arrive, in order, before it exits.
// The reader here reads nothing until the CLI has exited or sits idle (waiting for the reader, as
// it must once the pipe is full), then reads 64 KB at a time with a pause after each: output
// written while nobody reads piles up in the CLI, which must not exit before it is out.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL_PAGES } from '../../helpers/pathological-pages';
import { startCli } from '../../helpers/run-cli';

const SAMPLE = join(import.meta.dirname, '../../../scripts/sample-article.html');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-cli-output-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runWithSlowReader(args: string[]) {
  const run = startCli(args);
  try {
    await run.exitedOrStalled(500);
    const stdout = await run.readSlowly(64 * 1024, 5);
    return { stdout, code: await run.exited, stderr: run.stderr() };
  } finally {
    run.child.kill();
  }
}

interface Line {
  source: string;
  ok: boolean;
  error?: { code: string };
}

function parseLine(line: string, i: number): Line {
  try {
    return JSON.parse(line) as Line;
  } catch (error) {
    // The output is megabytes: say where it broke, not what it was.
    if (error instanceof SyntaxError) return { source: `line ${i + 1} is not whole JSON (${line.length} characters)`, ok: false };
    throw error;
  }
}

describe('the CLI through a pipe with a slow reader', () => {
  it('jsonl: every line of the pathological pages arrives, whole and in order', async () => {
    const pages = PATHOLOGICAL_PAGES.filter((page) => !page.extendedOnly);
    const files = pages.map((page, i) => {
      const file = join(dir, `page-${String(i).padStart(2, '0')}.html`);
      writeFileSync(file, page.build());
      return file;
    });
    const { stdout, code, stderr } = await runWithSlowReader(['--format', 'jsonl', '--now', '2026-12-01T00:00:00Z', ...files]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Far more than a pipe holds (64 KB), so the test means something.
    expect(stdout.length).toBeGreaterThan(1_000_000);
    expect(stdout.endsWith('\n')).toBe(true);
    // Each line is a whole JSON record; a cut one is named by its number and length, not printed.
    const records = stdout.slice(0, -1).split('\n').map((line, i) => parseLine(line, i));
    expect(records.map((record) => record.source)).toEqual(files);
    // The same answers as the pipeline gives in-process (tests/unit/fuzz): nothing mixed up on the way.
    const answers = records.map((record, i) => (pages[i]?.expect ? (record.ok ? 'article' : record.error?.code) : undefined));
    expect(answers).toEqual(pages.map((page) => page.expect));
  }, 180_000);

  it('json: the whole array arrives', async () => {
    const file = join(dir, 'one-paragraph.html');
    const page = PATHOLOGICAL_PAGES.find((candidate) => candidate.name === '1 MB single paragraph');
    writeFileSync(file, page?.build() ?? '');
    const { stdout, code } = await runWithSlowReader(['--format', 'json', file, file]);
    expect(code).toBe(0);
    const parsed: unknown = parseLine(stdout, 0);
    const records = Array.isArray(parsed) ? (parsed as Line[]) : [parsed as Line];
    expect(records.map((record) => [record.source, record.ok])).toEqual([
      [file, true],
      [file, true],
    ]);
  }, 60_000);

  it('md: every card arrives', async () => {
    // A card is about 5 KB; the child's pipe here is a socket pair that holds about 400 KB.
    const copies = Array.from({ length: 150 }, () => SAMPLE);
    const { stdout, code } = await runWithSlowReader(['--format', 'md', ...copies]);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(500_000);
    // The same page each time: every card whole means every card the same, the last one too
    // (a card ends with its footnotes, after the attribution line).
    const cards = stdout.split(/^(?=---\ntitle: )/m);
    expect(cards).toHaveLength(copies.length);
    expect(cards[0]).toContain("Quotes are the article's own words; the original is the authority.*");
    expect(new Set(cards.map((card) => card.trimEnd())).size).toBe(1);
  }, 60_000);

  it('a reader that leaves (| head) ends the run quietly, with the status of a broken pipe', async () => {
    const run = startCli(Array.from({ length: 30 }, () => SAMPLE));
    while (run.child.stdout.readableLength === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    run.child.stdout.destroy();
    expect(await run.exited).toBe(141);
    expect(run.stderr()).toBe('');
  }, 60_000);
});

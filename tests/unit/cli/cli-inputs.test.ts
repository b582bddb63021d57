// Bounded input: every URL, file and standard input gets a size (and a URL a time) budget and a
// coded failure when it is spent, and the run goes on to the next input. The URL budgets are
// the CLI's own except the time, cut to 3 s with --timeout so the suite stays quick;
// scripts/bench/hostile-urls.ts runs the same server with the default budgets and /usr/bin/time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-http-server';
import { runCli, startCli } from '../../helpers/run-cli';

const SAMPLE = readFileSync(join(import.meta.dirname, '../../../scripts/sample-article.html'), 'utf8');

interface Line {
  source: string;
  ok: boolean;
  error?: { code: string; message: string };
  digest?: { summary: string };
}

const lines = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
const answers = (stdout: string) => lines(stdout).map((line) => (line.ok ? 'ok' : line.error?.code));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-cli-inputs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('URLs: a local server of hostile answers', () => {
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer({ bombBytes: 250_000_000, hugeBytes: 300_000_000, dripMs: 2_000, articleHtml: SAMPLE });
  }, 60_000);
  afterAll(() => server.close());

  it('answers all six in order, the last with a digest, in time and within memory', async () => {
    const started = performance.now();
    const run = startCli(['--format', 'jsonl', '--timeout', '3', ...server.cases.map((c) => c.url)]);
    const stdout = await run.readAll();
    const code = await run.exited;
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
    expect(answers(stdout)).toEqual(server.cases.map((c) => c.expect));
    expect(lines(stdout).at(-1)?.digest?.summary).toBeTruthy();
    // 3 s for the drip, a moment for each other, the CLI's start and one digest.
    expect(seconds).toBeLessThan(40);
    const peak = run.peakBytes();
    if (peak > 0) expect(peak).toBeLessThan(1024 * 1024 * 1024);
  }, 90_000);

  it('says which budget was spent, naming the limit', async () => {
    const urls = ['bomb', 'huge', 'huge-declared', 'drip', 'loop'].map((path) => `${server.origin}/${path}`);
    const { stdout } = await runCli(['--format', 'jsonl', '--timeout', '3', ...urls]);
    const [bomb, huge, declared, drip, loop] = lines(stdout).map((line) => line.error?.message ?? '');
    expect(bomb).toMatch(/more than 24 MB once inflated/);
    expect(huge).toMatch(/sent more than 24 MB;/);
    expect(declared).toMatch(/is 300 MB; a page may be at most 24 MB/);
    expect(drip).toMatch(/within 3 s/);
    expect(loop).toMatch(/redirect/i);
  }, 60_000);

  it('refuses --timeout that is not a positive number of seconds', async () => {
    const { code, stderr } = await runCli(['--timeout', 'soon', 'x.html']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--timeout must be/);
  }, 60_000);
});

describe('files and standard input', () => {
  it('refuses standard input once it passes the limit, without waiting for its end, and goes on', async () => {
    const run = startCli(['--format', 'jsonl', '-', join(dir, 'after.html')], { stdin: 'pipe' });
    writeFileSync(join(dir, 'after.html'), SAMPLE);
    try {
      const output = run.readAll();
      const stdin = run.child.stdin;
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      // 25 MB and the pipe left open: an answer can only come from counting, not from the end.
      for (let i = 0; i < 25 && stdin.writable; i++) {
        if (!stdin.write(chunk)) await new Promise((resolve) => stdin.once('drain', resolve).once('close', resolve));
      }
      expect(answers(await output)).toEqual(['too-large', 'ok']);
      expect(await run.exited).toBe(0);
    } finally {
      run.child.stdin.destroy();
      run.child.kill();
    }
  }, 60_000);

  it('calls a .html.gz that inflates past the limit too-large, not unreadable', async () => {
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(100 * 1024 * 1024)));
    const broken = join(dir, 'broken.html.gz');
    writeFileSync(broken, Buffer.from('not gzip at all'));
    const { stdout } = await runCli(['--format', 'jsonl', bomb, broken]);
    expect(answers(stdout)).toEqual(['too-large', 'unreadable-input']);
  }, 60_000);

  it('reads a file whose name starts with "-" after --, and explains instead of crashing without it', async () => {
    const dashed = join(dir, '-dashed.html');
    writeFileSync(dashed, SAMPLE);
    const refused = await runCli(['--format', 'jsonl', '-dashed.html']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/unknown option "-dashed\.html"/);
    expect(refused.stderr).toMatch(/\.\/-dashed\.html/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const read = await runCli(['--format', 'jsonl', '--', dashed]);
    expect(answers(read.stdout)).toEqual(['ok']);
  }, 60_000);

  it('answers a missing file unreadable-input and an image named .html not-html, and goes on', async () => {
    writeFileSync(join(dir, 'there.html'), SAMPLE);
    writeFileSync(join(dir, 'image.html'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048)]));
    const { stdout, code } = await runCli(['--format', 'jsonl', join(dir, 'missing.html'), join(dir, 'image.html'), join(dir, 'there.html')]);
    expect(code).toBe(0);
    expect(answers(stdout)).toEqual(['unreadable-input', 'not-html', 'ok']);
  }, 60_000);
});

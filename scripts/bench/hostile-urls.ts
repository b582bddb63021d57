// One CLI run against a local server of hostile answers on 127.0.0.1, with the CLI's default
// budgets: a gzip bomb (1.5 MB on the wire, 1.5 GB inflated), a 300 MB body, a byte every 2 s,
// a redirect loop, a PNG, then one good article. Measured with /usr/bin/time -v; checks that all
// six are answered in order, the last with a digest, within 150 s and under 1 GB of memory.
//   npx tsx scripts/bench/hostile-urls.ts
// (tests/unit/cli/cli-inputs.test.ts runs the same server with a 3 s time budget in CI.)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHostileServer } from '../../tests/helpers/hostile-http-server';
import { parseScriptArgs } from '../script-args';

const USAGE = `Usage: npx tsx scripts/bench/hostile-urls.ts

Runs the CLI once, with its default budgets, against a local server of hostile answers on
127.0.0.1 (a gzip bomb, a 300 MB body, a byte every 2 s, a redirect loop, a PNG, then one good
article) under /usr/bin/time -v; prints each answer, the wall time and the peak memory, and
PASS (exit 0) when all six are answered in order within 150 s and 1 GB, else FAIL (exit 1).
  -h, --help   this text`;

const ROOT = resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';
const WALL_LIMIT_S = 150;
const MEMORY_LIMIT_BYTES = 1024 ** 3;

interface Line {
  source: string;
  ok: boolean;
  error?: { code: string; message: string };
  digest?: { summary: string };
}

async function main(): Promise<number> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed (Debian package "time")`);
  const server = await startHostileServer({
    bombBytes: 1_500_000_000,
    hugeBytes: 300_000_000,
    dripMs: 2_000,
    articleHtml: readFileSync(resolve(ROOT, 'scripts/sample-article.html'), 'utf8'),
  });
  try {
    const args = ['-v', process.execPath, '--import', 'tsx', 'scripts/digest.ts', '--format', 'jsonl', ...server.cases.map((c) => c.url)];
    const { stdout, stderr, code } = await run(TIME, args);
    const lines = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
    const wallSeconds = parseWall(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(stderr)?.[1] ?? '');
    const peakBytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? Number.NaN) * 1024;
    const rows = server.cases.map((c, i) => {
      const line = lines[i];
      const answer = line ? (line.ok ? 'ok' : (line.error?.code ?? '?')) : 'missing';
      return { case: c.name, expected: c.expect, answer, detail: line?.ok ? `digest: ${line.digest?.summary.slice(0, 60)}…` : (line?.error?.message ?? '') };
    });
    console.table(rows);
    const inOrder = rows.every((row) => row.answer === row.expected) && lines.length === rows.length;
    console.log(`exit ${code}; wall ${wallSeconds.toFixed(1)} s (limit ${WALL_LIMIT_S}); peak RSS ${(peakBytes / 1024 ** 2).toFixed(0)} MiB (limit 1024)`);
    const passed = code === 0 && inOrder && wallSeconds < WALL_LIMIT_S && peakBytes < MEMORY_LIMIT_BYTES;
    console.log(passed ? 'PASS' : 'FAIL');
    return passed ? 0 : 1;
  } finally {
    await server.close();
  }
}

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ stdout, stderr, code }));
  });
}

/** GNU time's "h:mm:ss" or "m:ss.ss" to seconds. */
function parseWall(text: string): number {
  return text
    .trim()
    .split(':')
    .reduce((seconds, part) => seconds * 60 + Number(part), 0);
}

parseScriptArgs(USAGE, {});
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

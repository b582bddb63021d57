// Every runnable script answers --help with its usage (and a wrong option with the problem and
// the usage, not a stack trace). A runnable script is a file of scripts/ that nothing imports.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name) && !name.includes('node_modules'))
    .map((name) => join(dir, name));
}

const scriptFiles = filesUnder('scripts', /\.(ts|mjs)$/);
const importers = [...filesUnder('scripts', /\.(ts|mjs)$/), ...filesUnder('tests', /\.(ts|tsx)$/), 'wxt.config.ts'].map((file) => readFileSync(join(ROOT, file), 'utf8'));
/** Files nothing imports: the ones people run. */
const runnable = scriptFiles.filter((file) => {
  const stem = file.replace(/^.*\//, '').replace(/\.(ts|mjs)$/, '');
  const importPattern = new RegExp(`from '[^']*/${stem}(\\.m?[jt]s)?'`);
  return !importers.some((text) => importPattern.test(text));
});

function tsx(file: string, args: string[]) {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, file), ...args], { cwd: ROOT, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

describe('scripts', () => {
  it('finds the runnable ones', () => {
    expect(runnable.map((file) => relative(ROOT, join(ROOT, file))).sort()).toEqual(
      expect.arrayContaining(['scripts/digest.ts', 'scripts/bench/run-bench.ts', 'scripts/bench-digest.ts', 'scripts/bench-extract.ts', 'scripts/budgets.ts']),
    );
  });

  it.concurrent.each(runnable)('%s answers --help with its usage', async (file) => {
    const { code, stdout } = await tsx(file, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: /);
    expect(stdout.split('\n').length).toBeGreaterThan(2);
  }, 60_000);

  it.concurrent('a wrong option gets the problem and the usage, not a stack trace', async () => {
    const { code, stderr } = await tsx('scripts/bench/run-bench.ts', ['--partz', '4']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--partz'");
    expect(stderr).toContain('Usage: npm run bench');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

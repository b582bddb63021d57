// Runs the CLI (scripts/digest.ts) as a child process, the way a shell pipeline would: its
// standard output is a pipe that this process reads only when the test says so (a slow reader),
// and its peak memory and CPU time are sampled from /proc while it runs.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'scripts/digest.ts');

export interface CliRun {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the exit code once the process has exited (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything written to standard output, read from now on as fast as it comes. */
  readAll(): Promise<string>;
  /** Everything written to standard output, read from now on `chunkBytes` at a time with a pause after each. */
  readSlowly(chunkBytes: number, pauseMs: number): Promise<string>;
  /**
   * Resolves once the process has exited, or has used no CPU for `quietMs` (it waits: for a
   * reader, when its output fills the pipe). Without /proc, once it exited or `quietMs` × 4 passed.
   */
  exitedOrStalled(quietMs: number): Promise<void>;
  stderr(): string;
  /** The highest resident memory seen (VmHWM, bytes); 0 where /proc is not there. */
  peakBytes(): number;
}

/** Starts the CLI with `args`; standard output is not read until {@link CliRun.readAll}. */
export function startCli(args: readonly string[], options: { stdin?: 'pipe' | 'ignore' } = {}): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: 'pipe' });
  if (options.stdin !== 'pipe') child.stdin.end();
  // A CLI that stops reading standard input (it refused it, or it exited) closes the pipe under a test still writing.
  child.stdin.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') throw error;
  });
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => (errors += text));
  let peak = 0;
  const sample = () => (peak = Math.max(peak, residentPeak(child.pid)));
  const sampler = setInterval(sample, 100);
  const exited = new Promise<number | null>((resolvePromise) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolvePromise(code);
    });
  });
  // Nothing is read yet: the pipe fills, then the child's writes wait (or, with a bug, are lost).
  // The listener marks the stream as used: Node discards the unread output of a child that exits
  // while its stdout has no listener, which would look just like the bug under test.
  const hold = () => undefined;
  child.stdout.on('readable', hold);
  return {
    child,
    exited,
    readAll() {
      return new Promise((resolvePromise, reject) => {
        const chunks: Buffer[] = [];
        child.stdout.off('readable', hold);
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stdout.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
        child.stdout.on('error', reject);
        child.stdout.resume();
      });
    },
    readSlowly(chunkBytes, pauseMs) {
      const stdout = child.stdout;
      return new Promise((resolvePromise, reject) => {
        const chunks: Buffer[] = [];
        let timer: ReturnType<typeof setTimeout> | undefined;
        const take = () => {
          timer = undefined;
          const chunk = (stdout.read(chunkBytes) ?? stdout.read()) as Buffer | null;
          if (chunk) chunks.push(chunk);
          timer = setTimeout(take, pauseMs);
        };
        stdout.on('end', () => {
          clearTimeout(timer);
          resolvePromise(Buffer.concat(chunks).toString('utf8'));
        });
        stdout.on('error', reject);
        // Polled, not driven by 'readable': that event fired long ago, while nobody read.
        take();
      });
    },
    async exitedOrStalled(quietMs) {
      let done = false;
      void exited.then(() => (done = true));
      let last = cpuTicks(child.pid);
      let quietSince = performance.now();
      const started = performance.now();
      while (!done) {
        await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
        const ticks = cpuTicks(child.pid);
        if (ticks === null) {
          if (performance.now() - started > quietMs * 4) return;
          continue;
        }
        if (ticks !== last) quietSince = performance.now();
        else if (performance.now() - quietSince >= quietMs) return;
        last = ticks;
      }
    },
    stderr: () => errors,
    peakBytes: () => (sample(), peak),
  };
}

/** User plus system CPU time of a process in clock ticks (/proc/PID/stat fields 14 and 15), or null without /proc. */
function cpuTicks(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ESRCH')) return null;
    throw error;
  }
}

function residentPeak(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch (error) {
    // The process has exited (or this is not Linux): the last sample stands.
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ESRCH')) return 0;
    throw error;
  }
}

/** Runs the CLI to the end, reading its output at once; for tests that do not need a slow reader. */
export async function runCli(args: readonly string[], stdin?: string | Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = startCli(args, { stdin: stdin === undefined ? 'ignore' : 'pipe' });
  if (stdin !== undefined) run.child.stdin.end(stdin);
  const stdout = await run.readAll();
  const code = await run.exited;
  return { code, stdout, stderr: run.stderr() };
}

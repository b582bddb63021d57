// Runs the project's CLI exactly as a user would (npm run --silent digest -- …).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../../..');

export async function runCli(args: readonly string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'digest', '--', ...args], { cwd: ROOT, maxBuffer: 20 * 1024 * 1024 });
  return stdout;
}

interface CliItem {
  text: string;
}

/** One page's `--format json` record, the parts the end-to-end suites compare with a card. */
export interface CliRecord {
  ok: boolean;
  article: { title: string; url: string };
  digest: {
    summary: string;
    keyTakeaway: CliItem;
    keyInsights: CliItem[];
    principles: CliItem[];
    method: CliItem | null;
    inPractice: CliItem[];
    topics: string[];
    audience: string[];
  };
}

// Command-line options for the scripts: node:util's parseArgs, plus `--help` (prints the usage,
// exits 0) and a clear answer to a wrong option (the problem and the usage, exit 2) instead of a
// stack trace. Every runnable script reads its options through this, but the CLI (digest.ts),
// whose writes are awaited before it exits and which explains a file name that starts with "-".
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * Parses `args` (default: the command line) with `config`. `--help` or `-h` anywhere prints
 * `usage` (a `Usage:` line, then what the script does and its options) and exits 0, before the
 * script does any work.
 */
export function parseScriptArgs<T extends ParseArgsConfig>(usage: string, config: T, args: string[] = process.argv.slice(2)): Parsed<T> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  try {
    // The same config with the arguments named: what parseArgs returns for `config` itself.
    return parseArgs({ ...config, args }) as Parsed<T>;
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with a readable message.
    if (!(error instanceof TypeError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage.trim()}\n`);
    process.exit(2);
  }
}

/** Runs `check`; when it throws (an input the script needs is missing), prints the message alone and exits 2. */
export function exitUnless(check: () => void): void {
  try {
    check();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

// Where the library page spends its time at scale: a CPU profile (CDP Profiler) of opening the
// library and of importing a backup, with N generated digests, as the functions with the most
// self time. A tool for finding causes, not a benchmark (the profiler slows everything down).
//   npx tsx scripts/bench/library-profile.ts [--count 10000] [--import]
// Needs the Chrome build (`npx wxt build`).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchExtensionBrowser, openLibrary } from '../../tests/e2e/harness/extension-browser';
import { DIGESTS_STORE, LIBRARY_DB_NAME } from '../../lib/storage/library-db';
import { loadCorpusPages, requireCorpora } from './corpus-pages';
import { FILL_LIBRARY, baseRecords } from './library-records';
import { allListed, clearLibrary, typeAndTime, watchImport } from './library-page-scripts';
import { poll } from './poll-page';
import { exitUnless, parseScriptArgs } from '../script-args';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function (name and place), most first. */
function topSelfTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 25): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [`total ${total.toFixed(0)} ms`, ...[...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`)];
}

async function profiled(cdp: CDPSession, label: string, action: () => Promise<unknown>): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const start = Date.now();
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const file = join(tmpdir(), `library-${label}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`\n== ${label}: ${Date.now() - start} ms wall (profile in ${file})`);
  console.log(topSelfTimes(profile as never).join('\n'));
}

const { values } = parseScriptArgs(
  `Usage: npx tsx scripts/bench/library-profile.ts [--count N] [--search] [--import]   (after \`npx wxt build\`)

CPU profile of the library page opening with N generated digests (and of searching as you type
with --search, of importing a backup with --import): the functions with the most self time, and
the .cpuprofile files in the temp folder. Builds the digests from the article-benchmark corpus
in ../shared/eval/corpora.
  --count N    digests in the library (default 10000)
  --search     also profile typing and deleting bench part 4's queries, with each keystroke's time
  --import     also profile an import of them into an empty library
  -h, --help   this text`,
  {
    options: {
      count: { type: 'string', default: '10000' },
      search: { type: 'boolean', default: false },
      import: { type: 'boolean', default: false },
    },
  },
);
const count = Number(values.count);
exitUnless(requireCorpora);
const bases = baseRecords(loadCorpusPages().filter((p) => p.corpus === 'article-benchmark'));
const browser = await launchExtensionBrowser();
try {
  const library = await openLibrary(browser);
  await library.getByText('Nothing saved yet.', { exact: false }).waitFor();
  await library.evaluate(`(${FILL_LIBRARY})(${JSON.stringify({ bases, count, db: LIBRARY_DB_NAME, store: DIGESTS_STORE })})`);
  // The first open after a raw fill may do one-time work (building what the fill left out).
  await library.reload();
  await poll(library, allListed(count), 300_000);
  const cdp = await library.context().newCDPSession(library);
  await profiled(cdp, 'open', async () => {
    await library.reload();
    await poll(library, allListed(count), 300_000);
  });
  if (values.search) {
    const times: number[] = [];
    await profiled(cdp, 'search', async () => {
      for (const query of ['market', 'climate change', 'zqxj']) times.push(...(await library.evaluate<number[]>(typeAndTime(query))));
    });
    console.log(`keystrokes (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
  }
  if (values.import) {
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export backup (.json)' }).click()]);
    const backup = (await download.path()) ?? '';
    await library.evaluate(clearLibrary(LIBRARY_DB_NAME));
    await library.reload();
    await library.getByText('Nothing saved yet.', { exact: false }).waitFor();
    const session = await library.context().newCDPSession(library);
    await library.evaluate(watchImport(count));
    await profiled(session, 'import', async () => {
      await library.locator('input[type=file]').setInputFiles(backup);
      await poll(library, 'window.__import.end !== undefined', 300_000);
    });
  }
} finally {
  await browser.close();
}

// Smoke runs of the browser bench parts (npm run bench, parts 3 and 4) on tiny inputs, so the
// benches keep working as the popup and the library change. Figures are not checked here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseRecords } from '../../scripts/bench/library-records';
import { runLibraryBench } from '../../scripts/bench/library-at-scale';
import { runPopupBench } from '../../scripts/bench/popup-click-to-card';
import { FIXTURES_DIR } from './harness/fixture-server';

const FIXTURE = 'stratechery--amazon-durability';

describe('browser bench parts', () => {
  it('times a toolbar click to the card', async () => {
    const result = await runPopupBench({ runs: 2, warmups: 1, fixtures: [FIXTURE], contextRuns: 1, quietMs: 800 });
    expect(result.rows.map((r) => r.measure)).toEqual([
      `${FIXTURE}: p50 / p95`,
      `first click after the browser starts (${FIXTURE})`,
      `icon not pinned (${FIXTURE}), p50 of 1`,
      `floor: a static popup, no script (on ${FIXTURE}), p50 of 1`,
    ]);
    expect(result.rows[0]!.value).toMatch(/^\d[\d.]* ms \/ \d[\d.]* ms/);
    expect(result.rows.every((r) => /^\d/.test(r.value))).toBe(true);
  });

  it('times the library with generated digests', async () => {
    const html = readFileSync(`${FIXTURES_DIR}/${FIXTURE}.html`, 'utf8');
    const bases = baseRecords([{ html, url: 'https://stratechery.com/2025/amazon-durability/' }]);
    const result = await runLibraryBench({ bases, count: 12, runs: 1, queries: ['am'] });
    expect(result.rows.map((r) => r.measure)).toEqual(expect.arrayContaining([expect.stringMatching(/^search as you type, p95 of 4 keystrokes/)]));
    expect(result.rows.every((r) => /\d/.test(r.value))).toBe(true);
  });
});

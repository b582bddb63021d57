import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, writeSettings, type KeyValueArea } from '../../../lib/storage/settings';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const data = new Map(Object.entries(initial));
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
  };
}

describe('settings', () => {
  it('reads defaults when nothing is stored, and what was written', async () => {
    const area = memoryArea();
    expect(await readSettings(area)).toEqual({ settings: DEFAULT_SETTINGS });
    await writeSettings(area, { schemaVersion: 1, engine: 'local' });
    expect((await readSettings(area)).settings).toEqual({ schemaVersion: 1, engine: 'local' });
  });

  it('falls back to defaults with a problem for invalid stored settings', async () => {
    const read = await readSettings(memoryArea({ [SETTINGS_KEY]: { schemaVersion: 1, engine: 'telepathy' } }));
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/engine/);
  });
});

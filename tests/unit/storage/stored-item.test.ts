import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { defineStoredItem, type KeyValueArea } from '../../../lib/storage/stored-item';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const data = new Map(Object.entries(initial));
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
  };
}

const Prefs = z.object({ version: z.literal(1), theme: z.enum(['light', 'dark', 'system']) });
const prefs = defineStoredItem('prefs', Prefs, () => ({ version: 1 as const, theme: 'system' as const }));

describe('defineStoredItem', () => {
  it('reads the default when nothing is stored, and what was written', async () => {
    const area = memoryArea();
    expect(await prefs.read(area)).toEqual({ value: { version: 1, theme: 'system' } });
    await prefs.write(area, { version: 1, theme: 'dark' });
    expect(await prefs.read(area)).toEqual({ value: { version: 1, theme: 'dark' } });
  });

  it('falls back to the default, with a problem, for invalid stored data', async () => {
    const read = await prefs.read(memoryArea({ prefs: { version: 1, theme: 'plaid' } }));
    expect(read.value.theme).toBe('system');
    expect(read.problem).toMatch(/theme/);
  });

  it('refuses to write invalid data', async () => {
    await expect(prefs.write(memoryArea(), { version: 1, theme: 'plaid' } as never)).rejects.toThrow();
  });
});

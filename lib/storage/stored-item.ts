// A setting declared once: its storage.local key, its zod schema (which carries its version) and
// its default. Reads are parsed; bad or missing data gives the default plus a problem to show.
// Pure: the storage area is passed in (browser.storage.local in the extension, a Map in tests).
import { z } from 'zod/mini';

/** The slice of `browser.storage.local` that stored items need. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StoredRead<T> {
  value: T;
  /** Set when stored data could not be read and the default was used instead. */
  problem?: string;
}

export interface StoredItem<T> {
  key: string;
  read(area: KeyValueArea): Promise<StoredRead<T>>;
  write(area: KeyValueArea, value: T): Promise<void>;
}

export function defineStoredItem<T>(key: string, schema: z.ZodMiniType<T>, fallback: () => T): StoredItem<T> {
  return {
    key,
    async read(area) {
      const stored = (await area.get(key))[key];
      if (stored === undefined) return { value: fallback() };
      const parsed = schema.safeParse(stored);
      if (parsed.success) return { value: parsed.data };
      return { value: fallback(), problem: `Stored "${key}" was not valid, defaults used: ${z.prettifyError(parsed.error)}` };
    },
    async write(area, value) {
      await area.set({ [key]: schema.parse(value) });
    },
  };
}

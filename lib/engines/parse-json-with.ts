// JSON from another party, read through a zod schema: the value, or undefined when the text is
// not JSON or not of that shape. Callers turn undefined into a failure a person can be shown.
import type { z } from 'zod/mini';

export function parseJsonWith<T>(text: string, schema: z.ZodMiniType<T>): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: reported by the caller as a bad response, with its own wording.
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

// An expected failure as a value with a code a person can be shown (bugs throw). Apart from
// article.ts, whose zod schemas would otherwise come along into the injected extractor.
import type { Failure, FailureCode } from './article';

export function failure(code: FailureCode, message: string): { ok: false; error: Failure } {
  return { ok: false, error: { code, message } };
}

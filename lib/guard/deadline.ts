// A time budget checked between pipeline steps. A step itself is never interrupted (JavaScript
// cannot be), so the size limits in page-limits.ts keep each step short and this catches the rest.

export interface Deadline {
  /** True once the budget is spent. */
  passed(): boolean;
  /** Milliseconds since the deadline was set. */
  elapsed(): number;
  readonly budgetMs: number;
}

/** A deadline `budgetMs` from now; `clock` (default performance.now) is for tests. */
export function createDeadline(budgetMs: number, clock: () => number = () => performance.now()): Deadline {
  const start = clock();
  return {
    budgetMs,
    passed: () => clock() - start > budgetMs,
    elapsed: () => clock() - start,
  };
}

// An import report a person can read: the first few problems in full, then counts. A crafted
// backup of 100,000 bad entries, or one whose URL is a 50 MB string, must not come back as a
// report of that size (it was echoed whole into the page).

export interface ImportProblem {
  /** "file", or "digest 3 (https://…)" for one entry of the backup. */
  where: string;
  reason: string;
  /** A short name of the problem, for the counts past the first few ("not a valid digest"). */
  kind?: string;
}

/** Problems reported one by one; the rest are counted by kind. */
export const LISTED_PROBLEMS = 10;
const MAX_WHERE_CHARS = 200;
const MAX_REASON_CHARS = 1_000;

/** Cuts a value that came from the file to `max` characters, saying so. */
export function clip(text: string, max = MAX_WHERE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}… (${text.length.toLocaleString('en-US')} characters)` : text;
}

export function boundProblems(problems: readonly ImportProblem[], listed = LISTED_PROBLEMS): ImportProblem[] {
  const shown = problems.slice(0, listed).map((problem) => ({ ...problem, where: clip(problem.where), reason: clip(problem.reason, MAX_REASON_CHARS) }));
  const rest = problems.slice(listed);
  if (rest.length === 0) return shown;
  const counts = new Map<string, number>();
  for (const problem of rest) counts.set(problem.kind ?? 'other', (counts.get(problem.kind ?? 'other') ?? 0) + 1);
  const reason = [...counts].map(([kind, count]) => `${kind}: ${count.toLocaleString('en-US')}`).join('; ');
  return [...shown, { where: `${rest.length.toLocaleString('en-US')} more digests`, reason }];
}

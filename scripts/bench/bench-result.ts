// What every bench part returns: rows of one shared table (part, measure, value, target, verdict).

export interface BenchRow {
  part: string;
  measure: string;
  value: string;
  /** The target for this figure, written as shown (e.g. "≤ 1.3×"); empty when none. */
  target?: string;
  /** Whether the target was met; undefined when the row has no target. */
  met?: boolean;
}

export interface PartResult {
  rows: BenchRow[];
  /** Context for the reader of results.md: inputs, run counts, how a figure was measured. */
  notes: string[];
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// The one table `npm run bench` prints, as plain text for the terminal and Markdown for the README.
import type { BenchRow, PartResult } from './bench-result';

const HEADER = ['Part', 'Measure', 'Value', 'Target', 'Met'] as const;

function cells(row: BenchRow): string[] {
  const verdict = row.met === undefined ? '' : row.met ? 'yes' : 'NO';
  return [row.part, row.measure, row.value, row.target ?? '', verdict];
}

export function textTable(rows: readonly BenchRow[]): string {
  const lines = [[...HEADER], ...rows.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  return lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${cells(row).map(escapeCell).join(' | ')} |`);
  return lines.join('\n');
}

/** bench/results.md: the table, then how each figure was measured. */
export function resultsMarkdown(parts: readonly PartResult[], header: readonly string[]): string {
  const rows = parts.flatMap((part) => part.rows);
  const notes = parts.flatMap((part) => part.notes);
  return [
    '# Benchmarks',
    '',
    ...header,
    '',
    markdownTable(rows),
    '',
    '## How each figure was measured',
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}

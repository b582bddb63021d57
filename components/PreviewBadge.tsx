// The "Preview only" badge of a saved digest in the library list: the card's coverage label
// (format/coverage-label.ts), without the reason, which the opened card shows.
import type { Coverage } from '../lib/article';
import { coverageLabel } from './format/coverage-label';

export function PreviewBadge({ coverage, wordCount }: { coverage: Coverage; wordCount: number }) {
  const label = coverageLabel(coverage, wordCount);
  return label && <strong class="badge badge-warn entry-badge">{label.label}</strong>;
}

// The "Preview only" badge of a saved digest in the library list: the card's coverage label
// (format/coverage-label.ts), with its plain-words reason ("Subscriber article: the digest covers
// the first 201 words") as the badge's title; the opened card shows the reason beside it.
import type { Coverage } from '../lib/article';
import { coverageLabel } from './format/coverage-label';

export function PreviewBadge({ coverage, wordCount }: { coverage: Coverage; wordCount: number }) {
  const label = coverageLabel(coverage, wordCount);
  return (
    label && (
      <strong class="badge badge-warn entry-badge" title={label.reason ?? undefined}>
        {label.label}
      </strong>
    )
  );
}

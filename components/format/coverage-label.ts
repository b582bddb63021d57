// The coverage badge's words: shown only when a paywall or gate cut the article short.
import type { Coverage } from '../../lib/article';
import { formatNumber, t } from '../i18n/t';

export interface CoverageLabel {
  label: string;
  reason: string | null;
}

/** "Preview only: 412 of ~2,000 words", with the reason the extractor saw; null for a full article. */
export function coverageLabel(coverage: Coverage, wordCount: number): CoverageLabel | null {
  if (coverage.status === 'full') return null;
  const visible = coverage.visibleWords ?? wordCount;
  const label =
    coverage.estimatedWords && coverage.estimatedWords > visible
      ? t('coveragePartOf', formatNumber(visible), formatNumber(coverage.estimatedWords))
      : t('coverageVisible', formatNumber(visible));
  // Digests saved before the reasons were written for readers carry the gate's own text or the
  // metadata's name ("gate: …", "JSON-LD …"): the label alone says enough for those.
  const reason = coverage.reason?.trim();
  return { label, reason: reason && !/^gate:|JSON-LD/.test(reason) ? reason : null };
}

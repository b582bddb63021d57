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
  return { label, reason: coverage.reason?.trim() || null };
}

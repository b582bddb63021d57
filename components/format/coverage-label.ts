// The coverage badge's words: shown only when a paywall or gate cut the article short.
import type { Coverage } from '../../lib/article';
import { formatNumber, t, type MessageKey } from '../i18n/t';

// The extractor writes its reasons in English (lib/extract/detect-coverage.ts; the CLI and the
// Markdown show them as they are): the interface says the ones it knows in its own language.
const REASONS: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [/^Subscriber article: the digest covers the first (\d+) words$/, 'coverageReasonGate'],
  [/^The page shows part of the article: the digest covers the first (\d+) words$/, 'coverageReasonPart'],
  [/^The page shows only the start of the article: the digest covers the first (\d+) words$/, 'coverageReasonStart'],
];

export interface CoverageLabel {
  label: string;
  reason: string | null;
  /** True when the reason is one the extractor writes, said in the interface's language; else it is English. */
  reasonTranslated: boolean;
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
  if (!reason || /^gate:|JSON-LD/.test(reason)) return { label, reason: null, reasonTranslated: false };
  for (const [pattern, key] of REASONS) {
    const words = pattern.exec(reason)?.[1];
    if (words) return { label, reason: t(key, formatNumber(Number(words))), reasonTranslated: true };
  }
  return { label, reason, reasonTranslated: false };
}

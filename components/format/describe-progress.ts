// An AI engine's progress in words, for the popup's loading line while it runs.
import type { EngineProgress } from '../../lib/engines/run-engine';
import { formatNumber, t } from '../i18n/t';

export function describeProgress(progress: EngineProgress): string {
  switch (progress.stage) {
    case 'download':
      return t('progressDownload', Math.round(progress.loaded * 100));
    case 'request':
      return progress.parts > 1 ? t('progressRequestPart', progress.part, progress.parts) : t('progressRequest');
    case 'streaming':
      return progress.parts > 1
        ? t('progressStreamingPart', progress.part, progress.parts, formatNumber(progress.chars))
        : t('progressStreaming', formatNumber(progress.chars));
    case 'repair':
      return progress.parts > 1 ? t('progressRepairPart', progress.part, progress.parts) : t('progressRepair');
    case 'merge':
      return t('progressMerge', progress.parts);
    case 'fallback':
      return t('progressFallback');
  }
}

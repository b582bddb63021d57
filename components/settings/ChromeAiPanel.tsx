// Chrome's built-in AI: is it here, must the model be downloaded, and how far the download is.
import { useEffect, useState } from 'preact/hooks';
import type { ChromeAiState, ChromeAiStatus } from '../../lib/engines/chrome-ai-apis';
import { t, type MessageKey } from '../i18n/t';
import type { SettingsServices } from './settings-services';

const STATE_TEXT: Record<ChromeAiState, MessageKey> = {
  available: 'chromeAiReady',
  downloadable: 'chromeAiDownloadable',
  downloading: 'chromeAiDownloading',
  unavailable: 'chromeAiUnsupported',
  absent: 'chromeAiAbsent',
};

export function ChromeAiPanel({ services }: { services: SettingsServices }) {
  const [status, setStatus] = useState<ChromeAiStatus | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    services.chromeAiStatus().then(setStatus, (error: unknown) => setProblem(String(error)));
  }, [services]);

  // Called straight from the click: Chrome only starts a download inside a user gesture.
  const download = () => {
    setProgress(0);
    services.downloadChromeAi(setProgress).then(
      (promptApi) => setStatus((current) => (current ? { ...current, promptApi } : current)),
      (error: unknown) => setProblem(t('chromeAiDownloadFailed', error instanceof Error ? error.message : String(error))),
    );
  };

  if (problem) return <p class="field-error">{problem}</p>;
  if (!status) return <p role="status">{t('chromeAiChecking')}</p>;
  const canDownload = status.promptApi === 'downloadable' || status.promptApi === 'downloading';
  return (
    <div class="chrome-ai">
      <p role="status">{t('chromeAiStatus', t(STATE_TEXT[status.promptApi]), t(STATE_TEXT[status.summarizer]))}</p>
      {canDownload && progress === null && (
        <button type="button" class="button" onClick={download}>
          {t('chromeAiDownload')}
        </button>
      )}
      {progress !== null && status.promptApi !== 'available' && (
        <label>
          {t('chromeAiDownloadProgress', Math.round(progress * 100))}
          <progress max={1} value={progress} />
        </label>
      )}
      <p class="hint">{t('chromeAiPrivate')}</p>
    </div>
  );
}

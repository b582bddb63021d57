// Chrome's built-in AI: is it here, must the model be downloaded, and how far the download is.
import { useEffect, useState } from 'preact/hooks';
import type { ChromeAiState, ChromeAiStatus } from '../../lib/engines/chrome-ai-apis';
import type { SettingsServices } from './settings-services';

const STATE_TEXT: Record<ChromeAiState, string> = {
  available: 'ready on this device',
  downloadable: 'available after a one-time model download',
  downloading: 'downloading',
  unavailable: 'not supported on this device',
  absent: 'not offered by this browser',
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
      (error: unknown) => setProblem(`The download did not start: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  if (problem) return <p class="field-error">{problem}</p>;
  if (!status) return <p role="status">Checking Chrome's built-in AI…</p>;
  const canDownload = status.promptApi === 'downloadable' || status.promptApi === 'downloading';
  return (
    <div class="chrome-ai">
      <p role="status">
        Prompt API: {STATE_TEXT[status.promptApi]}. Summarizer: {STATE_TEXT[status.summarizer]}.
      </p>
      {canDownload && progress === null && (
        <button type="button" class="button" onClick={download}>
          Download the on-device model
        </button>
      )}
      {progress !== null && status.promptApi !== 'available' && (
        <label>
          Downloading the model: {Math.round(progress * 100)}%
          <progress max={1} value={progress} />
        </label>
      )}
      <p class="hint">Runs on this device: nothing is sent anywhere.</p>
    </div>
  );
}

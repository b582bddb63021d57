// The settings view for the digest engine: which engine, how to reach it, the language AI
// engines write in, a connection test. Default is local. Saving or testing a remote engine first
// asks for its origin's host permission (granted at runtime; the manifest ships none). Chrome's
// built-in AI can be chosen only where the browser has it, and has no connection to test (it runs
// on this device).
import { useEffect, useState } from 'preact/hooks';
import type { ChromeAiState } from '../../lib/engines/chrome-ai-apis';
import { bindKey } from '../../lib/engines/endpoint-key';
import type { EngineName, EngineSettings, RemoteEndpoint } from '../../lib/engines/engine-settings';
import { originPatternFor } from '../../lib/engines/origin-permission';
import { t, type MessageKey } from '../i18n/t';
import { ChromeAiPanel } from './ChromeAiPanel';
import { OPENAI_COMPATIBLE_PRESETS } from './endpoint-presets';
import { EndpointFields } from './EndpointFields';
import { OutputLanguageField } from './OutputLanguageField';
import type { SettingsServices } from './settings-services';

const ENGINE_CHOICES: ReadonlyArray<{ name: EngineName; label: MessageKey; hint: MessageKey }> = [
  { name: 'local', label: 'engineLocal', hint: 'engineLocalHint' },
  { name: 'chrome-ai', label: 'engineChromeAi', hint: 'engineChromeAiHint' },
  { name: 'openai-compatible', label: 'engineOpenAi', hint: 'engineOpenAiHint' },
  { name: 'anthropic', label: 'engineAnthropic', hint: 'engineAnthropicHint' },
];

/** The on-device model's states in which it cannot run here, whatever the user does. */
const CHROME_AI_MISSING: readonly ChromeAiState[] = ['absent', 'unavailable'];

type RemoteName = 'openaiCompatible' | 'anthropic';
type Status = { kind: 'info' | 'ok' | 'error'; text: string } | null;

function remoteOf(engine: EngineName): RemoteName | null {
  if (engine === 'openai-compatible') return 'openaiCompatible';
  if (engine === 'anthropic') return 'anthropic';
  return null;
}

export function EngineSettingsView({ services }: { services: SettingsServices }) {
  const [draft, setDraft] = useState<EngineSettings | null>(null);
  const [keyInputs, setKeyInputs] = useState<Record<RemoteName, string>>({ openaiCompatible: '', anthropic: '' });
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  /** Whether this browser has Chrome's built-in AI; unknown (undefined) until asked. */
  const [chromeAiMissing, setChromeAiMissing] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    services.load().then(setDraft, (error: unknown) => setStatus({ kind: 'error', text: t('settingsUnreadable', String(error)) }));
    // A failed check leaves the choice open: the engine falls back to local if it cannot run.
    services.chromeAiStatus().then(
      (status) => setChromeAiMissing(CHROME_AI_MISSING.includes(status.promptApi)),
      () => setChromeAiMissing(false),
    );
  }, [services]);

  if (!draft) return <p role="status">{status?.text ?? t('settingsLoading')}</p>;
  const remote = remoteOf(draft.engine);

  /** The settings as they would be saved: a typed key replaces the stored one, each bound to its base URL's origin. */
  const withKeys = (settings: EngineSettings): EngineSettings => ({
    ...settings,
    openaiCompatible: bindKey(settings.openaiCompatible, keyInputs.openaiCompatible),
    anthropic: bindKey(settings.anthropic, keyInputs.anthropic),
  });

  /** Runs inside the click: the permission prompt must be the first thing awaited. */
  const withPermission = async (action: (settings: EngineSettings) => Promise<Status>) => {
    const settings = withKeys(draft);
    let granted = true;
    if (remote) {
      const origin = originPatternFor(settings[remote].baseUrl);
      if (!origin.ok) return setStatus({ kind: 'error', text: origin.message });
      granted = await services.requestHostPermission(origin.pattern);
    }
    setBusy(true);
    try {
      const result = await action(settings);
      setStatus(granted ? result : { kind: 'error', text: t('engineNotGranted') });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    draft.engine === 'chrome-ai' && chromeAiMissing
      ? setStatus({ kind: 'error', text: t('engineChromeAiRefused') })
      : withPermission(async (settings) => {
          await services.save(settings);
          setDraft(settings);
          setKeyInputs({ openaiCompatible: '', anthropic: '' });
          return { kind: 'ok', text: t('settingsSaved') };
        });

  const test = () =>
    withPermission(async (settings) => {
      setStatus({ kind: 'info', text: t('settingsTesting') });
      const result = await services.testConnection(settings);
      return { kind: result.ok ? 'ok' : 'error', text: result.message };
    });

  const updateRemote = (name: RemoteName, endpoint: RemoteEndpoint) => setDraft({ ...draft, [name]: endpoint });

  return (
    <form class="engine-settings" onSubmit={(event) => (event.preventDefault(), void save())}>
      <fieldset>
        <legend>{t('settingsEngine')}</legend>
        {ENGINE_CHOICES.map((choice) => {
          const missing = choice.name === 'chrome-ai' && chromeAiMissing === true;
          return (
            <label class="engine-choice" key={choice.name}>
              <input
                type="radio"
                name="engine"
                value={choice.name}
                checked={draft.engine === choice.name}
                disabled={missing}
                onChange={() => setDraft({ ...draft, engine: choice.name })}
              />
              <span>{t(choice.label)}</span> <small>{missing ? t('engineChromeAiMissing') : t(choice.hint)}</small>
            </label>
          );
        })}
      </fieldset>
      {draft.engine === 'chrome-ai' && <ChromeAiPanel services={services} />}
      {remote && (
        <EndpointFields
          idPrefix={remote}
          endpoint={draft[remote]}
          keyInput={keyInputs[remote]}
          keyRequired={remote === 'anthropic'}
          presets={remote === 'openaiCompatible' ? OPENAI_COMPATIBLE_PRESETS : undefined}
          onChange={(endpoint) => updateRemote(remote, endpoint)}
          onKeyInput={(key) => setKeyInputs({ ...keyInputs, [remote]: key })}
          onRemoveKey={() => {
            setKeyInputs({ ...keyInputs, [remote]: '' });
            updateRemote(remote, { ...draft[remote], apiKey: '', keyOrigin: '' });
          }}
        />
      )}
      {remote && <p class="hint">{t('engineSendsText')}</p>}
      {draft.engine !== 'local' && (
        <OutputLanguageField value={draft.outputLanguage} onChange={(outputLanguage) => setDraft({ ...draft, outputLanguage })} />
      )}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('settingsSave')}
        </button>
        {remote && (
          <button type="button" class="button" disabled={busy} onClick={() => void test()}>
            {t('settingsTest')}
          </button>
        )}
      </div>
      {status && (
        <p class={`settings-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </form>
  );
}

// Where Send to Obsidian puts a note: the vault, the folder in it, and whether Obsidian opens the
// note. Stored on its own (lib/obsidian/obsidian-settings.ts); no permission is involved.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_OBSIDIAN_FOLDER, type ObsidianSettings } from '../../lib/obsidian/obsidian-settings';
import { t } from '../i18n/t';

export interface ObsidianSettingsServices {
  load(): Promise<ObsidianSettings>;
  save(settings: ObsidianSettings): Promise<void>;
}

export function ObsidianSettingsView({ services }: { services: ObsidianSettingsServices }) {
  const [draft, setDraft] = useState<ObsidianSettings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    services.load().then(setDraft, (error: unknown) => setStatus({ ok: false, text: t('obsidianUnreadable', String(error)) }));
  }, [services]);

  if (!draft) return <p role="status">{status?.text ?? t('obsidianLoading')}</p>;

  const save = async () => {
    try {
      await services.save(draft);
      setStatus({ ok: true, text: t('settingsSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('obsidianSaveFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <form class="engine-settings obsidian-settings" onSubmit={(event) => (event.preventDefault(), void save())}>
      <fieldset class="endpoint-fields">
        <legend>{t('obsidianLegend')}</legend>
        <label for="obsidian-vault">{t('obsidianVault')}</label>
        <input id="obsidian-vault" value={draft.vault} onInput={(event) => setDraft({ ...draft, vault: event.currentTarget.value })} aria-describedby="obsidian-vault-hint" />
        <p id="obsidian-vault-hint" class="hint">
          {t('obsidianVaultHint')}
        </p>
        <label for="obsidian-folder">{t('obsidianFolder')}</label>
        <input id="obsidian-folder" value={draft.folder} onInput={(event) => setDraft({ ...draft, folder: event.currentTarget.value })} aria-describedby="obsidian-folder-hint" />
        <p id="obsidian-folder-hint" class="hint">
          {t('obsidianFolderHint', DEFAULT_OBSIDIAN_FOLDER)}
        </p>
        <label class="engine-choice">
          <input type="checkbox" checked={draft.silent} onChange={(event) => setDraft({ ...draft, silent: event.currentTarget.checked })} />
          {t('obsidianSilent')}
        </label>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('obsidianSave')}
        </button>
      </div>
      {status && (
        <p class={`settings-status ${status.ok ? 'ok' : 'error'}`} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </form>
  );
}

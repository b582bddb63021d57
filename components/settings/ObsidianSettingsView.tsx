// Where Send to Obsidian puts a note: the vault, the folder in it, and whether Obsidian opens the
// note. Stored on its own (lib/obsidian/obsidian-settings.ts); no permission is involved.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_OBSIDIAN_FOLDER, type ObsidianSettings } from '../../lib/obsidian/obsidian-settings';

const TEXT = {
  legend: 'Send to Obsidian',
  vault: 'Vault',
  vaultHint: 'As Obsidian names it; leave empty for the vault Obsidian has open.',
  folder: 'Folder',
  folderHint: `Inside the vault, "/" between levels; empty for the top level. Default: ${DEFAULT_OBSIDIAN_FOLDER}.`,
  silent: "Don't open Obsidian: add the note without showing it",
  save: 'Save Obsidian settings',
  saved: 'Saved.',
  loading: 'Loading…',
  failed: (detail: string) => `Could not be saved: ${detail}`,
  unreadable: (detail: string) => `Could not be read: ${detail}`,
};

export interface ObsidianSettingsServices {
  load(): Promise<ObsidianSettings>;
  save(settings: ObsidianSettings): Promise<void>;
}

export function ObsidianSettingsView({ services }: { services: ObsidianSettingsServices }) {
  const [draft, setDraft] = useState<ObsidianSettings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    services.load().then(setDraft, (error: unknown) => setStatus({ ok: false, text: TEXT.unreadable(String(error)) }));
  }, [services]);

  if (!draft) return <p role="status">{status?.text ?? TEXT.loading}</p>;

  const save = async () => {
    try {
      await services.save(draft);
      setStatus({ ok: true, text: TEXT.saved });
    } catch (error) {
      setStatus({ ok: false, text: TEXT.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <form class="engine-settings obsidian-settings" onSubmit={(event) => (event.preventDefault(), void save())}>
      <fieldset class="endpoint-fields">
        <legend>{TEXT.legend}</legend>
        <label for="obsidian-vault">{TEXT.vault}</label>
        <input id="obsidian-vault" value={draft.vault} onInput={(event) => setDraft({ ...draft, vault: event.currentTarget.value })} aria-describedby="obsidian-vault-hint" />
        <p id="obsidian-vault-hint" class="hint">
          {TEXT.vaultHint}
        </p>
        <label for="obsidian-folder">{TEXT.folder}</label>
        <input id="obsidian-folder" value={draft.folder} onInput={(event) => setDraft({ ...draft, folder: event.currentTarget.value })} aria-describedby="obsidian-folder-hint" />
        <p id="obsidian-folder-hint" class="hint">
          {TEXT.folderHint}
        </p>
        <label class="engine-choice">
          <input type="checkbox" checked={draft.silent} onChange={(event) => setDraft({ ...draft, silent: event.currentTarget.checked })} />
          {TEXT.silent}
        </label>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button primary">
          {TEXT.save}
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

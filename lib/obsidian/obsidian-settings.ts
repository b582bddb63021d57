// Where "Send to Obsidian" puts a note: which vault, which folder, and whether Obsidian opens it.
// Stored once in storage.local under its own key (not with the engine settings: nothing here is
// secret, and the popup reads it only when the button is pressed).
import { z } from 'zod/mini';
import { defineStoredItem } from '../storage/stored-item';

export const DEFAULT_OBSIDIAN_FOLDER = 'Clippings';

export const ObsidianSettingsSchema = z.object({
  version: z.literal(1),
  /** The vault's name as Obsidian shows it; empty means the vault Obsidian has open. */
  vault: z._default(z.string(), ''),
  /** A folder inside the vault, "/" between levels; empty means the vault's top level. */
  folder: z._default(z.string(), DEFAULT_OBSIDIAN_FOLDER),
  /** Add the note without Obsidian opening it (the URI's `silent`). */
  silent: z._default(z.boolean(), false),
});
export type ObsidianSettings = z.infer<typeof ObsidianSettingsSchema>;

export function defaultObsidianSettings(): ObsidianSettings {
  return { version: 1, vault: '', folder: DEFAULT_OBSIDIAN_FOLDER, silent: false };
}

export const OBSIDIAN_SETTINGS = defineStoredItem('obsidianSettings', ObsidianSettingsSchema, defaultObsidianSettings);

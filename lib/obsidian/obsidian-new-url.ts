// The Obsidian URI that creates a note from the clipboard (https://help.obsidian.md/Extending+Obsidian/Obsidian+URI):
// obsidian://new?file=<folder/name>&vault=<vault>&clipboard. The note's text goes through the
// clipboard, not the address, so a long card is never cut by a URL length limit.
import { obsidianFileName, obsidianFolder } from './obsidian-file-name';
import type { ObsidianSettings } from './obsidian-settings';

/** The note's path inside the vault, without ".md": "Clippings/Amazon’s Durability". */
export function obsidianNotePath(title: string, folder: string): string {
  const dir = obsidianFolder(folder);
  const name = obsidianFileName(title);
  return dir ? `${dir}/${name}` : name;
}

/** `obsidian://new?…` for a note titled `title`; every value percent-encoded, "/" included, as Obsidian asks. */
export function obsidianNewUrl(title: string, settings: Pick<ObsidianSettings, 'vault' | 'folder' | 'silent'>): string {
  const params = [`file=${encodeURIComponent(obsidianNotePath(title, settings.folder))}`];
  const vault = settings.vault.trim();
  if (vault) params.push(`vault=${encodeURIComponent(vault)}`);
  params.push('clipboard');
  if (settings.silent) params.push('silent=true');
  return `obsidian://new?${params.join('&')}`;
}

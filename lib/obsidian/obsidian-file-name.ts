// Note names and folders Obsidian can create on every system it runs on: no characters that
// break its links (`#` heading, `|` alias, `^` block, `[` `]` link), none that Windows, macOS or
// Linux refuse in a file name, no leading dot (a hidden file Obsidian would not list), no
// trailing dot or space (Windows drops them), no name Windows reserves for a device.

/**
 * Obsidian's own limit on a note's name, before ".md". Also a limit in UTF-8 bytes, so that the
 * name with ".md" and a " 2" fits the 255 bytes most file systems allow (a 245-character title in
 * a non-Latin script is two or three times that many bytes).
 */
export const MAX_NOTE_NAME = 245;
export const UNTITLED_NOTE = 'Untitled';

// Link-breaking characters, then what file systems refuse (Windows' set covers the others), and
// control and format characters (bidi overrides, zero-width joiners) no one can see or type.
const REFUSED = /[#|^[\]\\/:*?"<>\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** A note name (without ".md") from a title: "Amazon: a history" → "Amazon a history"; "Untitled" when nothing is left. */
export function obsidianFileName(title: string): string {
  let name = title.normalize('NFC').replace(REFUSED, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+/, '');
  name = cutAt(name, MAX_NOTE_NAME).replace(/[.\s]+$/, '');
  if (name === '') return UNTITLED_NOTE;
  return WINDOWS_DEVICE.test(name) ? `${name}_` : name;
}

/** A folder path inside the vault ("Clippings/Reading"): each part made a valid name, empty parts dropped. */
export function obsidianFolder(folder: string): string {
  return folder
    .split(/[\\/]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .map(obsidianFileName)
    .join('/');
}

const utf8 = new TextEncoder();

/** At most `max` UTF-16 units (JavaScript's length, which Obsidian counts) and `max` UTF-8 bytes, never half a character. */
function cutAt(text: string, max: number): string {
  if (text.length <= max / 3) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  while (utf8.encode(cut).length > max) cut = cut.slice(0, /[\uDC00-\uDFFF]$/.test(cut) ? -2 : -1);
  return cut;
}

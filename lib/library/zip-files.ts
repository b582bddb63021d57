// Packs named text files into one .zip (Markdown export of the whole library), via fflate.
import { strToU8, zipSync } from 'fflate';
import type { NamedFile } from './markdown-files';

/** A fixed date keeps the archive byte-identical for the same files (zip stores a timestamp per file). */
export function zipFiles(files: readonly NamedFile[], mtime: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [strToU8(file.text), { mtime }]])));
}

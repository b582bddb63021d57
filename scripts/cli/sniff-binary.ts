// Formats that are no page whatever the server or the file name says: read as HTML, an image or
// an archive is noise that the extractor answers `empty` at best, so it is `not-html` at once.

const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[]; at?: number }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
];

/** What binary format the bytes start with, or null when they may be a page. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(({ bytes: signature, at = 0 }) => signature.every((byte, i) => bytes[at + i] === byte));
  return match?.name ?? null;
}

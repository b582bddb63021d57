// Bytes of an HTML file to text. Pages declare legacy charsets (iso-8859-1, windows-1252) and
// some that declare them are UTF-8 all the same, so valid UTF-8 wins, then the declared charset.
// TextDecoder exists in browsers and Node alike, so this stays in the pure lib/.

const SNIFF_BYTES = 4096;

/**
 * Decodes `bytes` as HTML text: a byte-order mark first, then UTF-8 when the bytes are valid
 * UTF-8, then `declared` (an HTTP header's charset) or the page's own <meta charset>, then windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // 'utf-16' is little-endian in TextDecoder: a big-endian mark must name its order.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return utf8;
  return new TextDecoder(knownLabel(declared) ?? knownLabel(sniffCharset(bytes)) ?? 'windows-1252').decode(bytes);
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // A fatal decoder throws a TypeError on the first invalid byte: the page is not UTF-8.
    if (error instanceof TypeError) return null;
    throw error;
  }
}

// The charset a page names in its first few KB (<meta charset> or http-equiv Content-Type).
function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function knownLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch (error) {
    // An unknown label throws a RangeError: treat it as no label at all.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

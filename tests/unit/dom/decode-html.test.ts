import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../lib/dom/decode-html';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-16 with its byte-order mark, in either byte order. */
const utf16 = (text: string, order: 'be' | 'le') =>
  Uint8Array.from(['\ufeff', ...text].flatMap((c) => {
    const unit = c.charCodeAt(0);
    return order === 'be' ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8];
  }));

describe('decodeHtml', () => {
  it.each([
    ['UTF-8', utf8('<meta charset="utf-8"><p>Grüße</p>'), undefined, 'Grüße'],
    ['UTF-8 under a latin-1 declaration', utf8('<meta charset="iso-8859-1"><p>Grüße</p>'), undefined, 'Grüße'],
    ['latin-1 declared in a meta tag', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Grüße</p>'), undefined, 'Grüße'],
    ['latin-1 declared by the HTTP header', latin1('<p>Grüße</p>'), 'iso-8859-1', 'Grüße'],
    ['undeclared legacy bytes (windows-1252)', latin1('<p>Grüße</p>'), undefined, 'Grüße'],
    ['an unknown charset label', latin1('<meta charset="x-unknown"><p>Grüße</p>'), undefined, 'Grüße'],
    ['a UTF-8 byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>Grüße</p>')]), undefined, 'Grüße'],
    ['UTF-16 little-endian with its byte-order mark', utf16('<p>Grüße</p>', 'le'), undefined, '<p>Grüße</p>'],
    ['UTF-16 big-endian with its byte-order mark', utf16('<p>Grüße</p>', 'be'), undefined, '<p>Grüße</p>'],
  ])('reads %s', (_name, bytes, declared, expected) => {
    expect(decodeHtml(bytes, declared)).toContain(expected);
  });
});

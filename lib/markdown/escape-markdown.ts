// Page text is untrusted: once escaped it renders as the same words, never as a heading, a
// link, an image, an HTML tag or an entity, whatever it contains.

// Inline syntax: emphasis, code, links and images, HTML and entities, tables, strikethrough.
const INLINE = /[\\`*_[\]<>&|~]/g;
// Block syntax that only counts at the start of a line: headings, lists, quotes, rules.
const LINE_START = /^(\s*)([#+=>-]|\d+[.)])/;
// Terminal controls (ESC, BEL, the C1 set with its one-byte CSI, DEL): the Markdown goes to
// terminals, and a page's escape sequence would recolour, retitle or rewrite the reader's screen.
// Whitespace controls (tab, newline, CR, VT, FF) are folded to spaces instead.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Escapes a value for inline Markdown, on one line. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(TERMINAL_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, '\\$&')
    // Bare URLs become links in GFM; a backslash in "://" and "www." keeps them text.
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(LINE_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#+=>.)-])/, '\\$1')}`);
}

/** A YAML scalar for front matter: a double-quoted string (JSON's escapes are YAML's), or null. */
export function yamlString(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  // JSON escapes the C0 controls but leaves DEL, the C1 controls (a terminal's one-byte CSI) and
  // U+2028/2029 raw; some YAML parsers take the last two for line breaks. YAML reads \u escapes back.
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A YAML flow sequence of strings. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlString).join(', ')}]`;
}

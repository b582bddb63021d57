// Page text is untrusted: once escaped it renders as the same words, never as a heading, a
// link, an image, an HTML tag or an entity, whatever it contains.

// Inline syntax: emphasis, code, links and images, HTML and entities, tables, strikethrough.
const INLINE = /[\\`*_[\]<>&|~]/g;
// Block syntax that only counts at the start of a line: headings, lists, quotes, rules.
const LINE_START = /^(\s*)([#+=>-]|\d+[.)])/;

/** Escapes a value for inline Markdown, on one line. */
export function escapeMarkdown(value: string): string {
  return value
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
  // JSON leaves U+2028/2029 raw; some YAML parsers take them for line breaks.
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A YAML flow sequence of strings. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlString).join(', ')}]`;
}

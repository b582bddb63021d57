// A Vite plugin for the extension build: @mozilla/readability's debug-log calls, dropped from the
// injected extractor. Readability keeps ~24 `this.log(…)` calls and their message strings, and
// evaluates each call's arguments even with debug off (four serialize the whole article:
// "Article content pre-prep: " + articleContent.innerHTML). Without them the extractor is 0.4 KB
// smaller gzipped, which its 27 KB budget needs, and Readability a little faster (about 2% on
// linkedom with a full collection before each run). Node (the CLI, the tests, the benchmarks)
// runs the package as published; the articles are the same (a unit test compares them).
import type { Plugin } from 'vite';

const LOG_CALL = 'this.log(';
const READABILITY = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

/** `source` with each `this.log(…)` call (its arguments balanced, strings skipped) replaced by `void 0`. */
export function withoutLogCalls(source: string): string {
  let out = '';
  let from = 0;
  for (let at = source.indexOf(LOG_CALL); at >= 0; at = source.indexOf(LOG_CALL, from)) {
    out += source.slice(from, at);
    let end = at + LOG_CALL.length;
    let depth = 1;
    let quote: string | null = null;
    for (; end < source.length && depth > 0; end++) {
      const char = source[end];
      if (quote) {
        if (char === '\\') end++;
        else if (char === quote) quote = null;
      } else if (char === '"' || char === "'" || char === '`') quote = char;
      else if (char === '(') depth++;
      else if (char === ')') depth--;
    }
    if (depth > 0) throw new Error(`an unbalanced this.log( call at ${at}`);
    out += 'void 0';
    from = end;
  }
  return out + source.slice(from);
}

export function quietReadability(): Plugin {
  return {
    name: 'article-digest:quiet-readability',
    enforce: 'pre',
    transform(code, id) {
      return READABILITY.test(id.split('?')[0] ?? id) ? { code: withoutLogCalls(code), map: null } : null;
    },
  };
}

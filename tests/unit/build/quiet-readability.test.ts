// The extension's Readability is the package's without its debug-log calls, and gives the same article.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Readability as Stock } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/dom/parse-html';
import { quietReadability, withoutLogCalls } from '../../../scripts/build/quiet-readability';

const ROOT = resolve(import.meta.dirname, '../../..');
const source = readFileSync(createRequire(resolve(ROOT, 'package.json')).resolve('@mozilla/readability/Readability.js'), 'utf8');

/** The transformed Readability.js, loaded as the CommonJS module it is. */
function loadQuiet(): typeof Stock {
  const module = { exports: {} as unknown };
  new Function('module', withoutLogCalls(source))(module);
  return module.exports as typeof Stock;
}

describe('the quiet Readability', () => {
  it('drops every log call of the installed package', () => {
    expect(source).toContain('this.log(');
    expect(withoutLogCalls(source)).not.toContain('this.log(');
  });

  it('drops a call whose arguments hold parentheses and quotes, and nothing around it', () => {
    expect(withoutLogCalls('if (x) this.log("a (b", f(")"), \'c\'); y();')).toBe('if (x) void 0; y();');
  });

  it('touches only Readability.js', () => {
    const transform = quietReadability().transform as (code: string, id: string) => unknown;
    expect(transform('this.log(1);', '/x/node_modules/@mozilla/readability/Readability.js')).toEqual({ code: 'void 0;', map: null });
    expect(transform('this.log(1);', '/x/lib/extract/extract-article.ts')).toBeNull();
  });

  it.each(['stratechery--amazon-durability.html', 'fourweekmba--vertical-integration.html'])('gives the same article as the package on %s', (name) => {
    const html = readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');
    const Quiet = loadQuiet();
    const stock = new Stock(parseHtml(html, 'https://example.com/a')).parse();
    const quiet = new Quiet(parseHtml(html, 'https://example.com/a')).parse();
    expect(quiet?.content).toBe(stock?.content);
    expect(quiet?.title).toBe(stock?.title);
  });
});

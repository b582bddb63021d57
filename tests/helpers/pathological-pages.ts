// Pages no sane site serves but the web does: generated in code, so the suite needs no large
// files. Each is a name, a class (for the worst-time table in bench/reliability.md) and its HTML.

export interface PathologicalPage {
  name: string;
  build: () => string;
  /** What the pipeline must answer: an article, or a failure code. Unset: either is fine. */
  expect?: 'article' | 'too-large' | 'timeout' | 'empty' | 'not-readerable' | 'not-html';
  /** Heavy extras that run only in the extended run (FUZZ_RUNS set), to keep CI short. */
  extendedOnly?: boolean;
}

const WORDS = 'the market rewards companies that own the customer relationship and compound trust over many years'.split(' ');

/** Deterministic prose: `count` words of a fixed vocabulary, with a full stop every 12 words. */
export function prose(count: number, offset = 0): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = WORDS[(i + offset) % WORDS.length] ?? 'word';
    out.push((i + 1) % 12 === 0 ? `${word}.` : word);
  }
  return out.join(' ');
}

function page(body: string, head = '<title>A page</title>'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function nested(depth: number, inner: string): string {
  return `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;
}

/** Bytes no encoder would write, from a fixed linear congruential sequence. */
function binaryGarbage(length: number): string {
  let state = 42;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(state % 256);
  }
  return out;
}

const ARTICLE = `<article><h1>A plain article</h1>${Array.from({ length: 8 }, (_, i) => `<p>${prose(60, i)}</p>`).join('')}</article>`;

/** The pathological pages the issue lists, plus a few neighbours; the big ones are built lazily. */
export const PATHOLOGICAL_PAGES: readonly PathologicalPage[] = [
  { name: '10 MB of text', expect: 'too-large', build: () => page(`<p>${prose(1_700_000)}</p>`) },
  { name: '10 MB of text without markup', expect: 'too-large', build: () => prose(1_700_000) },
  { name: '100,000-deep nesting', expect: 'too-large', build: () => page(nested(100_000, `<p>${prose(300)}</p>`)) },
  { name: '5,000-deep nesting around an article', expect: 'too-large', build: () => page(nested(5_000, ARTICLE)) },
  { name: '100,000 unclosed <b>', expect: 'too-large', build: () => page(`${'<b>x '.repeat(100_000)}`) },
  { name: 'no body', expect: 'not-readerable', build: () => '<!doctype html><html><head><title>Only a head</title></head></html>' },
  { name: 'no html at all', expect: 'empty', build: () => '' },
  { name: 'whitespace only', expect: 'empty', build: () => ' \n\t '.repeat(1000) },
  { name: 'content after </html>', expect: 'article', build: () => `<html><head><title>After</title></head><body></body></html><div>${ARTICLE}</div><script>1</script>` },
  { name: 'prose inside <head>', expect: 'article', build: () => `<html><head><title>Head</title><p>${prose(120)}</p></head><body>${ARTICLE}</body></html>` },
  { name: 'frameset', expect: 'not-readerable', build: () => '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><p>Your browser does not support frames.</p></noframes></frameset></html>' },
  { name: 'SVG document', build: () => `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Drawing</title><text x="0" y="5">${prose(200)}</text><script>alert(1)</script></svg>` },
  { name: 'XML feed', build: () => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title>${Array.from({ length: 50 }, (_, i) => `<item><title>Item ${i}</title><description>${prose(40, i)}</description></item>`).join('')}</channel></rss>` },
  { name: 'binary garbage (1 MB)', expect: 'not-html', build: () => binaryGarbage(1_000_000) },
  { name: 'NUL bytes and lone surrogates', expect: 'article', build: () => page(`<p>${'\u0000\ud800\udfff\ufffe'.repeat(20_000)}${prose(300)}</p>`) },
  { name: '1 MB single paragraph', expect: 'article', build: () => page(`<article><h1>One paragraph</h1><p>${prose(170_000)}</p></article>`) },
  { name: '1 MB single word', build: () => page(`<article><p>${'a'.repeat(1_000_000)}</p></article>`) },
  { name: '1 MB single sentence', build: () => page(`<article><p>${prose(170_000).replace(/\./g, ',')}</p></article>`) },
  { name: '50,000 tiny paragraphs', build: () => page(`<article>${Array.from({ length: 50_000 }, (_, i) => `<p>${prose(3, i)}</p>`).join('')}</article>`) },
  { name: '50,000 list items', extendedOnly: true, build: () => page(`<article><p>${prose(100)}</p><ul>${Array.from({ length: 50_000 }, (_, i) => `<li>${prose(4, i)}.</li>`).join('')}</ul></article>`) },
  { name: '10,000 headings', extendedOnly: true, build: () => page(`<article>${Array.from({ length: 10_000 }, (_, i) => `<h2>${prose(3, i)}</h2><p>${prose(12, i)}</p>`).join('')}</article>`) },
  { name: '200,000 attributes on one element', extendedOnly: true, build: () => page(`<div ${Array.from({ length: 200_000 }, (_, i) => `data-a${i}="${i}"`).join(' ')}>${ARTICLE}</div>`) },
  { name: 'huge title and meta', expect: 'article', build: () => page(ARTICLE, `<title>${'T'.repeat(2_000_000)}</title><meta name="author" content="${'A'.repeat(1_000_000)}"><meta property="og:site_name" content="${'S'.repeat(1_000_000)}">`) },
  { name: 'huge JSON-LD', expect: 'article', build: () => page(ARTICLE, `<script type="application/ld+json">{"@type":"Article","wordCount":1e308,"headline":"${'h'.repeat(2_000_000)}","author":${'['.repeat(5000)}${']'.repeat(5000)}}</script>`) },
  { name: 'malformed JSON-LD', expect: 'article', build: () => page(ARTICLE, '<script type="application/ld+json">{"@type": "Article", "author": {"name": </script><script type="application/ld+json">null</script><script type="application/ld+json">[[[[1]]]]</script>') },
  { name: '100,000 table cells', extendedOnly: true, build: () => page(`<article><p>${prose(80)}</p><table>${Array.from({ length: 1000 }, () => `<tr>${'<td>1</td>'.repeat(100)}</tr>`).join('')}</table></article>`) },
  { name: 'only scripts and styles', build: () => page(`<script>${'var a=1;'.repeat(100_000)}</script><style>${'a{color:red}'.repeat(50_000)}</style>`) },
  { name: 'a plain article (control)', expect: 'article', build: () => page(ARTICLE) },
];

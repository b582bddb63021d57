// fast-check arbitraries for the fuzz tests: random HTML documents built from tags, attributes and
// texts that real and hostile pages use, and mutations of real pages (truncation, shuffled tags,
// garbled attributes, wrong encodings, junk spliced in).
import fc from 'fast-check';
import { prose } from '../../helpers/pathological-pages';

/** Strings that try to break out of Markdown, YAML, HTML or the reading direction. */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<a href="javascript:alert(1)">link</a>',
  '---\ntitle: injected\n---',
  'key: value\n- list',
  '"quoted: \'mixed\' value"',
  '# Heading\n## Sub',
  '```\ncode\n```',
  '| a | b |\n|---|---|',
  '*emphasis* _under_ ~~strike~~ `code`',
  '&lt;b&gt; &amp; &#x3C;script&#x3E;',
  '\u202Eevil\u202C \u2066isolate\u2069 \u200F',
  'zero\u200Bwidth\u200C\u200D\uFEFFjoin',
  'line\u2028separator\u2029para',
  '\u0000nul\u0007bell\u001Bescape',
  '{{template}} ${expr} %s %n',
  '\\ backslash \\\\ double',
  '1. numbered\n2) other',
  '> quote\n>> nested',
  'www.evil.example http://evil.example',
  '\ud800 lone surrogate \udfff',
  '__proto__ constructor prototype',
];

const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'b', 'i', 'a', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'table', 'tr', 'td', 'figure', 'figcaption', 'aside', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'math', 'iframe', 'form', 'button', 'img', 'br', 'hr', 'script', 'style', 'frameset', 'frame', 'body', 'head', 'html', 'title', 'meta', 'x-custom'];
const CLASS_WORDS = ['content', 'article', 'post', 'entry', 'comment', 'share', 'related', 'sidebar', 'paywall', 'subscribe', 'newsletter', 'author-bio', 'toc', 'footer', 'caption', 'ad', 'promo', 'byline'];

const sentence = fc.integer({ min: 0, max: 500 }).map((offset) => `${prose(14, offset)}`);
const text = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const attribute = fc.oneof(
  fc.constantFrom(...CLASS_WORDS).map((word) => `class="${word}"`),
  fc.constantFrom(...CLASS_WORDS).map((word) => `id="${word}"`),
  fc.constantFrom('javascript:alert(1)', 'https://example.com/a', '/relative', 'data:text/html,<script>1</script>', '#frag').map((href) => `href="${href}"`),
  fc.constant('onerror="window.__pwned=1"'),
  fc.constant('hidden'),
  fc.constant('aria-hidden="true"'),
  fc.constant('style="display:none"'),
  fc.string({ maxLength: 12 }).map((junk) => `data-x="${junk.replace(/"/g, '')}"`),
);

interface Node {
  tag: string;
  attributes: string[];
  children: (Node | string)[];
  close: boolean;
}

const { node } = fc.letrec<{ node: Node; child: Node | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('child'), { maxLength: 6 }),
    close: fc.boolean(),
  }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node')),
}));

function serialize(item: Node | string): string {
  if (typeof item === 'string') return item;
  const open = `<${[item.tag, ...item.attributes].join(' ')}>`;
  return `${open}${item.children.map(serialize).join('')}${item.close ? `</${item.tag}>` : ''}`;
}

const jsonLd = fc.jsonValue({ maxDepth: 4 }).map((value) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`);
const meta = fc.oneof(
  text.map((value) => `<title>${value}</title>`),
  text.map((value) => `<meta property="og:title" content="${value.replace(/"/g, '&quot;')}">`),
  text.map((value) => `<meta name="author" content="${value.replace(/"/g, '&quot;')}">`),
  fc.constantFrom('javascript:alert(1)', 'https://example.com/canonical', 'not a url').map((href) => `<link rel="canonical" href="${href}">`),
  jsonLd,
);

/** A whole random document: sometimes with doctype, head metadata and body, sometimes bare fragments. */
export const randomDocument = fc
  .record({
    doctype: fc.boolean(),
    head: fc.array(meta, { maxLength: 4 }),
    body: fc.array(node, { minLength: 0, maxLength: 5 }),
    article: fc.option(fc.array(sentence, { minLength: 3, maxLength: 12 }), { nil: undefined }),
    wrap: fc.boolean(),
  })
  .map(({ doctype, head, body, article, wrap }) => {
    const main = article ? `<article><h1>${article[0]}</h1>${article.map((s) => `<p>${s} ${s}</p>`).join('')}</article>` : '';
    const content = `${body.map(serialize).join('')}${main}`;
    if (!wrap) return `${head.join('')}${content}`;
    return `${doctype ? '<!doctype html>' : ''}<html><head>${head.join('')}</head><body>${content}</body></html>`;
  });

/** One way to damage a real page; each takes the page and fast-check's numbers. */
export type Mutation = (html: string, a: number, b: number) => string;

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (html, a) => html.slice(0, Math.floor(html.length * a)),
  'shuffle tags': (html, a, b) => {
    const tags = html.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
    if (tags.length < 2) return html;
    const i = Math.floor(a * tags.length);
    const j = Math.floor(b * tags.length);
    let n = 0;
    return html.replace(/<\/?[a-zA-Z][^>]*>/g, (tag) => (n++ === i ? (tags[j] ?? tag) : n - 1 === j ? (tags[i] ?? tag) : tag));
  },
  'shuffle many tags': (html, a) => {
    let state = Math.floor(a * 2 ** 31);
    const tags = html.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
    for (let k = tags.length - 1; k > 0; k--) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const r = state % (k + 1);
      [tags[k], tags[r]] = [tags[r] ?? '', tags[k] ?? ''];
    }
    let n = 0;
    return html.replace(/<\/?[a-zA-Z][^>]*>/g, () => tags[n++] ?? '');
  },
  'garble attributes': (html, a) => {
    const junk = ['"', "'", '<', '>', '=', '\u0000', '/', '`'];
    let n = 0;
    return html.replace(/=("|')/g, (m) => (n++ % Math.max(1, Math.floor(a * 7) + 1) === 0 ? `=${junk[n % junk.length]}${m.slice(1)}` : m));
  },
  'drop closing tags': (html, a) => {
    let n = 0;
    return html.replace(/<\/(div|p|article|section|span|li|ul|table|a)>/g, (m) => (n++ % Math.max(2, Math.floor(a * 5) + 2) === 0 ? '' : m));
  },
  'decoded as latin1': (html) => Buffer.from(html, 'utf8').toString('latin1'),
  'decoded as utf-16': (html) => Buffer.from(html, 'utf8').toString('utf16le'),
  'utf-16 decoded as utf-8': (html) => Buffer.from(html, 'utf16le').toString('utf8'),
  'splice hostile text': (html, a, b) => {
    const at = Math.floor(a * html.length);
    return `${html.slice(0, at)}${HOSTILE_STRINGS[Math.floor(b * HOSTILE_STRINGS.length)] ?? ''}${html.slice(at)}`;
  },
  'duplicate a slice': (html, a, b) => {
    const start = Math.floor(Math.min(a, b) * html.length);
    const end = Math.floor(Math.max(a, b) * html.length);
    return `${html.slice(0, end)}${html.slice(start, end)}${html.slice(end)}`;
  },
  'binary splice': (html, a) => {
    const at = Math.floor(a * html.length);
    return `${html.slice(0, at)}${String.fromCharCode(...Array.from({ length: 64 }, (_, i) => (i * 37 + at) % 256))}${html.slice(at)}`;
  },
};

export const mutation = fc.record({
  name: fc.constantFrom(...Object.keys(MUTATIONS)),
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
});

// <head> and <body> of a Document without the side effects of `document.head`/`document.body`:
// linkedom's getters create and insert an empty element when the page's own is not where they
// look (a stray <meta> between </head> and <body> is enough), which would change the page and
// hide its real body from whoever asks next.

/** The page's own <body> as a child of <html>: the first one with content, else the first; or null. */
export function findBody(document: Document): Element | null {
  return findChild(document, 'BODY');
}

/** The page's own <head>, or null. */
export function findHead(document: Document): Element | null {
  return findChild(document, 'HEAD');
}

const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'SCRIPT', 'STYLE', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Gives a document we own (a clone) the shape Readability needs: one <body> child of <html>
 * holding everything but <head>. Parsers leave real pages otherwise: a <body> inside a nested
 * <html>, content beside the body, or (an unclosed tag in <head>) the whole page inside <head>.
 * Returns the body, or null for a page that has none to give (a frameset, an XML or SVG root).
 */
export function ensureBody(document: Document): Element | null {
  const root = document.documentElement;
  if (!root || root.tagName.toUpperCase() !== 'HTML') return null;
  let body = findBody(document) ?? document.getElementsByTagName('body')[0] ?? null;
  if (!body) {
    if (document.getElementsByTagName('frameset').length > 0) return null;
    body = document.createElement('body');
    const head = findHead(document);
    // Content the parser left in <head> is page content: it goes into the new body.
    if (head) for (const child of Array.from(head.children)) if (!HEAD_TAGS.has(child.tagName.toUpperCase())) body.append(child);
  }
  if (body.parentElement !== root) root.append(body);
  for (const child of Array.from(root.childNodes)) {
    if (child === body || (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'HEAD')) continue;
    body.append(child);
  }
  // linkedom leaves tags after </html> beside the root, where Readability walks them but cannot
  // climb from them to BODY (it throws); a browser's parser puts them in the body.
  for (const child of Array.from(document.childNodes)) if (child !== root && child.nodeType === 1) body.append(child);
  // The same for page content left in <head> (a <p> after a garbled attribute): Readability walks
  // the head too. A browser's parser closes <head> at such content; it goes first in the body.
  const head = findHead(document);
  const strays = head ? Array.from(head.children).filter((child) => !HEAD_TAGS.has(child.tagName.toUpperCase())) : [];
  body.prepend(...strays);
  return body;
}

function findChild(document: Document, tag: string): Element | null {
  const root = document.documentElement;
  if (!root) return null;
  let first: Element | null = null;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() !== tag) continue;
    if (child.firstChild) return child;
    first ??= child;
  }
  return first;
}

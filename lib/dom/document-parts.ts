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

/**
 * Gives a document we own (a clone) the shape Readability needs: one <body> child of <html>
 * holding everything but <head>. A browser's parser (and parseHtml's) always builds a body, but
 * scripts and extensions append elements to <html> beside it, where Readability would find no
 * BODY to climb to. Returns the body, or null for a page that has none to give (a frameset, an XML
 * or SVG root).
 */
export function ensureBody(document: Document): Element | null {
  const root = document.documentElement;
  if (!root || root.tagName.toUpperCase() !== 'HTML') return null;
  const body = findBody(document);
  if (!body) return null;
  for (const child of Array.from(root.childNodes)) {
    if (child !== body && !(child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'HEAD')) body.append(child);
  }
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

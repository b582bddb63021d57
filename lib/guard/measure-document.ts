// Sizes a Document up before any costly work: how many elements, how deep. Iterative, so a page
// nested 100,000 deep cannot exhaust the stack, and it stops as soon as a limit is passed.
// (linkedom's getElementsByTagName('*') answers 0, so counting must not rely on it.)
import type { Failure } from '../article';
import { failure } from '../failure';
import { MAX_DEPTH, MAX_ELEMENTS } from './page-limits';

export interface DocumentLimits {
  /** Default {@link MAX_ELEMENTS}. */
  maxElements?: number;
  /** Default {@link MAX_DEPTH}. */
  maxDepth?: number;
}

export interface DocumentSize {
  elements: number;
  depth: number;
}

/** Elements and nesting depth of the document, counting no further than one past each limit. */
export function measureDocument(document: Document, limits: DocumentLimits = {}): DocumentSize {
  const maxElements = limits.maxElements ?? MAX_ELEMENTS;
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  const root = document.documentElement;
  const size: DocumentSize = { elements: 0, depth: 0 };
  let element: Element | null = root;
  let depth = 1;
  while (element) {
    size.elements++;
    size.depth = Math.max(size.depth, depth);
    if (size.elements > maxElements || size.depth > maxDepth) return size;
    const child: Element | null = element.firstElementChild;
    if (child) {
      element = child;
      depth++;
      continue;
    }
    // Climb until an ancestor has a next sibling, never above the root.
    while (element && element !== root && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element && element !== root ? element.nextElementSibling : null;
  }
  return size;
}

/** `too-large` when the document passes a limit; null when it may be extracted. */
export function checkDocumentSize(document: Document, limits: DocumentLimits = {}): { ok: false; error: Failure } | null {
  const maxElements = limits.maxElements ?? MAX_ELEMENTS;
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  const size = measureDocument(document, { maxElements, maxDepth });
  if (size.elements > maxElements) return failure('too-large', `The page has more than ${maxElements.toLocaleString('en-US')} elements.`);
  if (size.depth > maxDepth) return failure('too-large', `The page nests elements more than ${maxDepth} deep.`);
  return null;
}

// Small shared tests on elements, used by several cleaning steps.
import { foldSpace } from './cleaning-step';

/**
 * The element's class attribute as written. Read through its attribute node: linkedom answers
 * getAttribute('class') by building the element's classList (a Set) and joining it again on every
 * call, and the cleaning steps read the class of every element of the page several times.
 */
export function classOf(element: Element): string | null {
  return element.getAttributeNode('class')?.value ?? null;
}

const CAMEL_HUMP = /([a-z])([A-Z])/g;
/** Tabs and line breaks between class names, which classList would have folded to spaces. */
const BREAKS = /[\t\n\r\f]/g;

/** id and class of an element, lower-cased, with camelCase split into dashes ("shareBar" → "share-bar"). */
export function classAndId(element: Element): string {
  const id = element.getAttribute('id');
  const className = classOf(element);
  if (!id && !className) return '';
  const raw = `${id ?? ''} ${className ?? ''}`;
  return raw.replace(CAMEL_HUMP, '$1-$2').replace(BREAKS, ' ').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Number of words in a text. Counted with test() on one global pattern, which allocates nothing:
 *  match() built an array of every word only to read its length, and this runs on most blocks. */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count++;
  return count;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element): number {
  const total = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}

const LINK_BLOCK_MIN_LINKS = 2;
const LINK_BLOCK_MIN_DENSITY = 0.7;

/** A block that is mostly links, two or more: a related list, a "Don't miss" line, a tag cloud. */
export function isLinkBlock(element: Element): boolean {
  return element.getElementsByTagName('a').length >= LINK_BLOCK_MIN_LINKS && linkDensity(element) >= LINK_BLOCK_MIN_DENSITY;
}

const PARAGRAPH_MIN_CHARS = 80;

/** Counts the prose paragraphs a walk passes. */
function countProse(element: Element, tally: { count: number }): boolean {
  if (element.localName === 'p' && (element.textContent ?? '').length >= PARAGRAPH_MIN_CHARS) tally.count++;
  return false;
}

/** Paragraphs with real prose in them: what the article is made of. A walk, not
 *  getElementsByTagName('p'): on linkedom that call lower-cases the name of every element it passes,
 *  and cleaning steps count the whole page's paragraphs. */
export function countProseParagraphs(root: Element): number {
  const tally = { count: 0 };
  walkElements(root, countProse, tally);
  return tally.count;
}

/** `h1, article, main, [itemprop="articleBody"]`: the marks of the article itself. */
function holdsArticle(element: Element): boolean {
  const name = element.localName;
  return name === 'h1' || name === 'article' || name === 'main' || element.getAttribute('itemprop') === 'articleBody';
}

/**
 * True when removing `element` could take the article with it: it holds the page's main heading,
 * or a good share of its prose paragraphs. Class-name rules check this before they remove anything.
 */
export function mayHoldArticle(element: Element, pageProse: number): boolean {
  const tag = element.tagName;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return true;
  if (hasElementWhere(element, holdsArticle)) return true;
  const prose = countProseParagraphs(element);
  return prose >= 3 && prose >= pageProse * 0.3;
}

/**
 * Calls `visit(element, state)` for each element under `root` in document order; when it returns
 * true, skips that element's subtree. Visitors are module functions given their state, not arrows
 * made per call: V8 drops an arrow's optimized code once its closures are garbage, so each page's
 * new arrow ran unoptimized over thousands of elements after every garbage collection.
 */
export function walkElements<S>(root: ParentNode, visit: (element: Element, state: S) => boolean, state: S): void {
  let child = root.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    if (!visit(child, state)) walkElements(child, visit, state);
    child = next;
  }
}

/** What a collecting walk keeps: the elements that pass `test`, template contents skipped. */
interface Collection {
  test: (element: Element) => boolean;
  found: Element[];
}

function collect(element: Element, collection: Collection): boolean {
  if (collection.test(element)) collection.found.push(element);
  return element.localName === 'template';
}

interface NamedCollection {
  names: ReadonlySet<string>;
  found: Element[];
}

function collectNamed(element: Element, collection: NamedCollection): boolean {
  if (collection.names.has(element.localName)) collection.found.push(element);
  return element.localName === 'template';
}

/**
 * Elements under `root` that pass `test`, in document order, template contents skipped: what
 * `querySelectorAll` returns for the selector `test` stands for. On linkedom this walk costs a
 * third of that call, which compiles the selector anew each time and, for a list of tag names,
 * upper-cases every element's name once per name in the list.
 */
export function elementsWhere(root: Element, test: (element: Element) => boolean): Element[] {
  const collection: Collection = { test, found: [] };
  walkElements(root, collect, collection);
  return collection.found;
}

/** True when some element under `root` passes `test` (template contents skipped): `querySelector`. */
export function hasElementWhere(root: Element, test: (element: Element) => boolean): boolean {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child) || (child.localName !== 'template' && hasElementWhere(child, test))) return true;
  }
  return false;
}

/** Elements under `root` whose local name is in `names` (lowercase): `querySelectorAll('p, div')`. */
export function elementsNamed(root: Element, names: ReadonlySet<string>): Element[] {
  const collection: NamedCollection = { names, found: [] };
  walkElements(root, collectNamed, collection);
  return collection.found;
}

/**
 * The outermost element that holds nothing but `element` ("<p><strong>Related</strong></p>" for
 * the strong): a label or line wrapped alone stands for its wrappers. Stops below the article's
 * own containers.
 */
export function outermostWrapper(element: Element): Element {
  let anchor = element;
  const text = foldSpace(element.textContent ?? '');
  while (anchor.parentElement && anchor.parentElement.children.length === 1 && foldSpace(anchor.parentElement.textContent ?? '') === text) {
    if (/^(ARTICLE|MAIN|BODY|SECTION)$/.test(anchor.parentElement.tagName)) break;
    anchor = anchor.parentElement;
  }
  return anchor;
}

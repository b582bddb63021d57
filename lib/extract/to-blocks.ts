// Turns the article element into blocks in reading order: headings and list items stay separate
// blocks, because the digest engine relies on them; inline runs inside containers become paragraphs.
import type { Block } from '../article';
import { foldSpace, type SourceBlock } from './cleaning-step';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
// A table holding paragraphs or lists is page layout, not data: walk it like any container.
const LAYOUT_TABLE_CONTENT = 'p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre';
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** Block elements in `root`, each turned into one or more blocks, in document order. */
export function toBlocks(root: Element, boxOf: (element: Element) => Element | null): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  walk(root, null, { blocks, boxOf });
  return blocks;
}

interface WalkState {
  blocks: SourceBlock[];
  boxOf: (element: Element) => Element | null;
}

// Collects the inline text of `container` into paragraphs, recursing into block children.
// `kind` is the block type an inline run in this container becomes (a list item stays a list item).
function walk(container: Element, kind: Block['type'] | null, state: WalkState): void {
  const tag = container.tagName;
  if (tag === 'PRE') {
    const code = codeText(container, '');
    // A gutter of line numbers in a cell of its own ("1 2 3 4") is no code.
    return /^[\d\s]*$/.test(code) ? undefined : push(state, container, 'code', code);
  }
  if (tag === 'TABLE' && !container.querySelector(LAYOUT_TABLE_CONTENT)) return pushTable(state, container);
  const own = kindOf(tag) ?? kind;
  let run = '';
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      run += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) continue;
    if (element.tagName === 'BR') {
      run += ' ';
      continue;
    }
    if (BLOCK_TAGS.has(element.tagName) || containsBlock(element)) {
      flushRun(state, container, own, run);
      run = '';
      walk(element, own === 'list-item' || own === 'quote' ? own : null, state);
    } else if (!own && !run.trim() && isLabel(element)) {
      // A box's label in bold before its text ("<strong>Summary</strong>Studies show…") is a heading
      // of its own, not the first words of the first sentence.
      push(state, element, 'heading', element.textContent ?? '');
    } else {
      run += element.textContent ?? '';
    }
  }
  flushRun(state, container, own, run);
}

const MAX_LABEL_WORDS = 3;

function isLabel(element: Element): boolean {
  const text = foldSpace(element.textContent ?? '');
  const next = foldSpace(element.nextSibling?.textContent ?? '');
  return /^(STRONG|B)$/.test(element.tagName) && text.split(' ').length <= MAX_LABEL_WORDS && /[\p{L}\d]$/u.test(text) && /^\p{Lu}/u.test(next);
}

// The text of a code block without the line numbers a highlighter puts at the start of each line
// ("<span class=ln>1</span>import torch"): an element of digits alone where a line begins.
function codeText(node: Node, text: string): string {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !(/^\s*\d+\s*$/.test(child.textContent ?? '') && /(^|\n)[ \t]*$/.test(text))) text = codeText(child, text);
  }
  return text;
}

// A module function, not an arrow made per container: V8 drops an arrow's optimized code once its
// closures are garbage.
function flushRun(state: WalkState, container: Element, kind: Block['type'] | null, run: string): void {
  if (run.trim()) push(state, container, kind ?? 'paragraph', run, headingLevel(container.tagName));
}

function kindOf(tag: string): Block['type'] | null {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'P') return 'paragraph';
  return null;
}

function headingLevel(tag: string): number | undefined {
  return /^H[1-6]$/.test(tag) ? Number(tag[1]) : undefined;
}

// An inline element (a span, a link) that wraps block elements is walked like a block.
function containsBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName) || containsBlock(child)) return true;
  }
  return false;
}

function pushTable(state: WalkState, table: Element): void {
  const rows: string[] = [];
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).map((cell) => foldSpace(cell.textContent ?? '')).filter(Boolean);
    if (cells.length) rows.push(cells.join(' | '));
  }
  if (rows.length) push(state, table, 'table', rows.join(' / '));
}

// A space before a full stop or comma is what a removed inline link leaves ("across the globe .").
const SPACE_BEFORE_STOP = / ([.,])(?=\s|$)/g;

function push(state: WalkState, element: Element, type: Block['type'], raw: string, level?: number): void {
  const text = type === 'code' ? foldSpace(raw) : foldSpace(raw).replace(SPACE_BEFORE_STOP, '$1');
  if (!text) return;
  // One literal for every block, level or not: a field added afterwards gives heading blocks a
  // shape of their own, which a full garbage collection drops with the optimized code using it.
  state.blocks.push({ type, text, element, box: state.boxOf(element), level });
}

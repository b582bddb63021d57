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
  if (tag === 'PRE') return push(state, container, 'code', container.textContent ?? '');
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
    } else {
      run += element.textContent ?? '';
    }
  }
  flushRun(state, container, own, run);
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

function push(state: WalkState, element: Element, type: Block['type'], raw: string, level?: number): void {
  const text = foldSpace(raw);
  if (!text) return;
  const block: SourceBlock = { type, text, element, box: state.boxOf(element) };
  if (level !== undefined) block.level = level;
  state.blocks.push(block);
}

// Grids of teaser cards (related posts, "most popular", "more from the site"): three or more
// siblings built from one template, each opening with a link to another page of the site (its title)
// and a line or two. The repeated template is the sign, in any language; class names are not needed.
import { removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classOf, countProseParagraphs, countWords, mayHoldArticle, walkElements } from '../element-tests';
import { hostOf } from '../host-of';

const MIN_CARDS = 3;
// Cards are boxes; list items and table rows that open with a link are a list or a table of the article.
const CARD_TAGS = new Set(['div', 'article', 'section', 'figure', 'a']);
const MAX_CARD_WORDS = 50;
// The cards hold nearly all of the grid's words: a heading or a "more" link may sit beside them.
const MIN_CARDS_SHARE = 0.7;

interface GridWalk {
  root: Element;
  context: ExtractContext;
  host: string;
  pageProse: number | null;
}

function removeGrid(element: Element, walk: GridWalk): boolean {
  if (element.children.length < MIN_CARDS) return false;
  // Cards: children sharing a tag and class, each a link into the site with a short text.
  const groups = new Map<string, number>();
  let cardWords = 0;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!CARD_TAGS.has(child.localName)) continue;
    const words = countWords(child.textContent ?? '');
    if (words > MAX_CARD_WORDS || !linksIntoSite(child, walk.host)) continue;
    const key = `${child.localName} ${classOf(child) ?? ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
    cardWords += words;
  }
  if (Math.max(0, ...groups.values()) < MIN_CARDS || cardWords < countWords(element.textContent ?? '') * MIN_CARDS_SHARE) return false;
  walk.pageProse ??= countProseParagraphs(walk.root);
  if (mayHoldArticle(element, walk.pageProse)) return false;
  removeElement(walk.context, element, removeCardGrids.name, 'grid of teaser cards');
  return true;
}

/** The element opens (its first words or picture) with a link to another page of the same site, a relative address or the page's own host: a card's title or picture. */
function linksIntoSite(element: Element, host: string): boolean {
  const first = firstContent(element);
  const link = (first?.nodeType === 1 ? (first as Element) : first?.parentElement)?.closest('a');
  if (!link || !element.contains(link)) return false;
  const href = link.getAttribute('href') ?? '';
  const target = hostOf(href);
  // Without the page's address (a file given to the CLI) any web address may be the site's own.
  return target ? !host || target.replace(/^www\./, '') === host : /^[/\w.]/.test(href);
}

function firstContent(node: Node): Node | null {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const found = child.nodeType === 3 ? (child.textContent?.trim() ? child : null) : child.nodeType !== 1 ? null : (child as Element).localName === 'img' ? child : firstContent(child);
    if (found) return found;
  }
  return null;
}

export const removeCardGrids: CleaningStep = {
  name: 'remove-card-grids',
  phase: 'content',
  run(root, context) {
    const host = hostOf(context.url).replace(/^www\./, '');
    walkElements(root, removeGrid, { root, context, host, pageProse: null });
  },
};

// Boxes whose class or id says what they are: paywall boxes (recorded as gates), share bars, newsletter sign-ups, related and
// "read next" lists, author bios, cookie banners, comment sections, skip and scroll-to-top links.
// Readability drops many of these itself, but not when the class also says "content" or "article"
// ("related-content", "article-share"), and not inside the container it picked.
import { removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classAndId, countProseParagraphs, countWords, mayHoldArticle, walkElements } from '../element-tests';
import { removeGate } from './remove-paywall-gates';

const MAX_GATE_WORDS = 120;
const HEADING = /^h[1-6]$/;

/** What each kind of box is called in class names and ids: whole tokens, split on "-", "_" and spaces. */
const BOX_NAMES: readonly [reason: string, names: RegExp][] = [
  ['paywall box', /paywall|paywalled|regwall|meter-?wall|paid-?wall|subscriber-?only|premium-?(gate|wall|cta)|piano-?(offer|paywall)/],
  ['share bar', /share|shares|sharing|sharebar|sharedaddy|share-?(buttons?|bar|links|tools|icons)|social-?(share|links|media|buttons?|icons|bar)/],
  ['newsletter box', /newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|mailchimp|mc4wp/],
  ['related list', /related|relatedposts|related-?(posts|articles|stories|links|content)|read-?next|more-?stories|more-?articles|recommended|recommendations|popular|trending|most-?read|taboola|outbrain/],
  ['promo', /promo|promos|promotion|advert|advertisement|ads?|ad-?(slot|unit|container|wrapper)|sponsored|banner-?ad/],
  // Docs sites' release banners (Docusaurus' announcementBar, MkDocs Material's md-banner).
  ['announcement bar', /announcement|md-banner|site-?banner/],
  ['author bio', /author-?(bio|box|info|card|profile)|about-?(the-?)?author|bio-?box/],
  ['cookie banner', /cookie|cookies|cookie-?(banner|notice|consent|bar)|consent|gdpr/],
  ['skip or scroll link', /skip-?link|skip-?to(-?content)?|scroll-?(to-?)?top|back-?to-?top|to-?top/],
  ['comments', /comments?|comment-?(list|form|section|respond)|respond|disqus(_thread)?/],
  ['breadcrumbs', /breadcrumbs?/],
  ['tag list', /tags|tag-?list|post-?tags|entry-?tags|article-?tags|tag-?cloud/],
];

const asTokens = (names: string) => new RegExp(`(?:^|[-_ ])(?:${names})(?=$|[-_ ])`);
const BOX_KINDS = BOX_NAMES.map(([reason, names]) => [reason, asTokens(names.source)] as const);
// One test for all kinds first: most elements match none, and one regex is cheaper than ten. Its
// token edges are written once, so the names are tried only where a token starts (about half the
// time of each kind finding its own edges, on the dev pages' class names).
const ANY_KIND = asTokens(BOX_NAMES.map(([, names]) => names.source).join('|'));

// When fewer prose paragraphs than this are left outside the boxes, the boxes hold the article,
// whatever their class says: a pull request's description in ".comment-body", a post body
// classed like a comment. (A post followed by long comments keeps its own paragraphs outside.)
const MIN_ARTICLE_PROSE = 3;

interface BoxWalk {
  root: Element;
  boxes: { element: Element; kind: string }[];
  /** Prose paragraphs on the page, counted when a box first needs it. */
  pageProse: number | null;
}

function collectBox(element: Element, walk: BoxWalk): boolean {
  const names = classAndId(element);
  // A heading's class ("h1-related") styles it; what a heading is, its words say (remove-boilerplate-blocks).
  if (names.length < 3 || HEADING.test(element.localName) || !ANY_KIND.test(names)) return false;
  const kind = BOX_KINDS.find(([, pattern]) => pattern.test(names));
  if (!kind) return false;
  walk.pageProse ??= countProseParagraphs(walk.root);
  // A box that may hold the article stays, and the boxes inside it are looked at; so does a
  // "paywall" box around a long text: that marks the paid article itself.
  if (mayHoldArticle(element, walk.pageProse) || (kind[0] === 'paywall box' && countWords(element.textContent ?? '') > MAX_GATE_WORDS)) return false;
  walk.boxes.push({ element, kind: kind[0] });
  return true;
}

export const removeBoilerplateBoxes: CleaningStep = {
  name: 'remove-boilerplate-boxes',
  phase: 'page',
  run(root, context) {
    const walk: BoxWalk = { root, boxes: [], pageProse: null };
    walkElements(root, collectBox, walk);
    if (!walk.boxes.length) return;
    const prose = walk.boxes.map((box) => countProseParagraphs(box.element));
    const boxProse = prose.reduce((sum, n) => sum + n, 0);
    const holdArticle = boxProse > 0 && (walk.pageProse ?? 0) - boxProse < MIN_ARTICLE_PROSE;
    walk.boxes.forEach(({ element, kind }, i) => {
      if (holdArticle && prose[i]) return;
      if (kind === 'paywall box') removeGate(context, element, this.name, kind);
      else removeElement(context, element, this.name, kind);
    });
  },
};

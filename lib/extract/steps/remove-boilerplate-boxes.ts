// Boxes whose class or id says what they are: paywall boxes (recorded as gates), share bars, newsletter sign-ups, related and
// "read next" lists, author bios, cookie banners, comment sections, skip and scroll-to-top links.
// Readability drops many of these itself, but not when the class also says "content" or "article"
// ("related-content", "article-share"), and not inside the container it picked.
import { removeElement, type CleaningStep, type ExtractContext } from '../cleaning-step';
import { classAndId, countProseParagraphs, countWords, mayHoldArticle, walkElements } from '../element-tests';
import { removeGate } from './remove-paywall-gates';

const MAX_GATE_WORDS = 120;

/** What each kind of box is called in class names and ids; tokens are split on "-", "_" and spaces. */
const BOX_KINDS: readonly [reason: string, pattern: RegExp][] = [
  ['paywall box', /(?:^|[-_ ])(paywall|paywalled|regwall|meter-?wall|paid-?wall|subscriber-?only|premium-?(gate|wall|cta)|piano-?(offer|paywall))(?=$|[-_ ])/],
  ['share bar', /(?:^|[-_ ])(share|shares|sharing|sharebar|sharedaddy|share-?(buttons?|bar|links|tools|icons)|social-?(share|links|media|buttons?|icons|bar))(?=$|[-_ ])/],
  ['newsletter box', /(?:^|[-_ ])(newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|mailchimp|mc4wp)(?=$|[-_ ])/],
  ['related list', /(?:^|[-_ ])(related|relatedposts|related-?(posts|articles|stories|links|content)|read-?next|more-?stories|more-?articles|recommended|recommendations|popular|trending|most-?read|taboola|outbrain)(?=$|[-_ ])/],
  ['promo', /(?:^|[-_ ])(promo|promos|promotion|advert|advertisement|ads?|ad-?(slot|unit|container|wrapper)|sponsored|banner-?ad)(?=$|[-_ ])/],
  ['author bio', /(?:^|[-_ ])(author-?(bio|box|info|card|profile)|about-?(the-?)?author|bio-?box)(?=$|[-_ ])/],
  ['cookie banner', /(?:^|[-_ ])(cookie|cookies|cookie-?(banner|notice|consent|bar)|consent|gdpr)(?=$|[-_ ])/],
  ['skip or scroll link', /(?:^|[-_ ])(skip-?link|skip-?to(-?content)?|scroll-?(to-?)?top|back-?to-?top|to-?top)(?=$|[-_ ])/],
  ['comments', /(?:^|[-_ ])(comments?|comment-?(list|form|section|respond)|respond|disqus(_thread)?)(?=$|[-_ ])/],
  ['breadcrumbs', /(?:^|[-_ ])(breadcrumbs?)(?=$|[-_ ])/],
  ['tag list', /(?:^|[-_ ])(tags|tag-?list|post-?tags|entry-?tags|article-?tags|tag-?cloud)(?=$|[-_ ])/],
];

// One test for all kinds first: most elements match none, and one regex is cheaper than ten.
const ANY_KIND = new RegExp(BOX_KINDS.map(([, pattern]) => pattern.source).join('|'));

interface BoxWalk {
  root: Element;
  context: ExtractContext;
  /** Prose paragraphs on the page, counted when a box first needs it. */
  pageProse: number | null;
}

function removeBox(element: Element, walk: BoxWalk): boolean {
  const names = classAndId(element);
  if (names.length < 3 || !ANY_KIND.test(names)) return false;
  const kind = BOX_KINDS.find(([, pattern]) => pattern.test(names));
  if (!kind) return false;
  walk.pageProse ??= countProseParagraphs(walk.root);
  if (mayHoldArticle(element, walk.pageProse)) return false;
  if (kind[0] !== 'paywall box') removeElement(walk.context, element, removeBoilerplateBoxes.name, kind[0]);
  // A gate is a box of a few sentences; a "paywall" class on a long text marks the paid article itself.
  else if (countWords(element.textContent ?? '') <= MAX_GATE_WORDS) removeGate(walk.context, element, removeBoilerplateBoxes.name, kind[0]);
  else return false;
  return true;
}

export const removeBoilerplateBoxes: CleaningStep = {
  name: 'remove-boilerplate-boxes',
  phase: 'page',
  run(root, context) {
    walkElements(root, removeBox, { root, context, pageProse: null });
  },
};

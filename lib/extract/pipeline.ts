// The order of the cleaning steps, written down once. Page steps run before Readability picks the
// article, so what they remove cannot sway its choice; content steps clean what it picked; block
// steps work on the article's blocks. Site rules feed the steps that read them; generic rules first.
import type { CleaningStep } from './cleaning-step';
import { dropRepeatedBlocks } from './steps/drop-repeated-blocks';
import { dropEmptyHeadings } from './steps/drop-empty-headings';
import { dropRestatedBlocks } from './steps/drop-restated-blocks';
import { removeBoilerplateBlocks } from './steps/remove-boilerplate-blocks';
import { removeBoilerplateSections } from './steps/remove-boilerplate-sections';
import { removeBoilerplateBoxes } from './steps/remove-boilerplate-boxes';
import { removeBylines } from './steps/remove-bylines';
import { removeCaptions } from './steps/remove-captions';
import { removeCardGrids } from './steps/remove-card-grids';
import { removeLinkAsides } from './steps/remove-link-asides';
import { removeLinkLists } from './steps/remove-link-lists';
import { removeNonContent } from './steps/remove-non-content';
import { removeOverlays } from './steps/remove-overlays';
import { removePaywallGates } from './steps/remove-paywall-gates';
import { removeSiteBoilerplate } from './steps/remove-site-boilerplate';
import { removeTagLists } from './steps/remove-tag-lists';
import { revealHiddenArticle } from './steps/reveal-hidden-article';

export const PIPELINE: readonly CleaningStep[] = [
  removeNonContent,
  // Before any step weighs the page: the article a script would reveal is the article.
  revealHiddenArticle,
  // Site boilerplate first: a platform's own subscribe overlay (Jetpack's) is not a paywall.
  removeSiteBoilerplate,
  removePaywallGates,
  removeOverlays,
  removeBoilerplateBoxes,
  removeTagLists,
  removeBoilerplateSections,
  removeBoilerplateBlocks,
  removeLinkLists,
  removeCardGrids,
  removeCaptions,
  removeLinkAsides,
  removeBylines,
  dropRestatedBlocks,
  dropRepeatedBlocks,
  dropEmptyHeadings,
];

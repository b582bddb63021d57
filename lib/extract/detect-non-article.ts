// Pages with text but no article: an error page ("page not found", a soft 404), a sign-in wall, a
// list of articles (search results, a tag or section page). They get a message, not a card.
// Each test pairs a page-level sign with a short extract, so a real article that merely talks
// about errors, has a sign-in box or ends in a grid of related stories still reads.
import { foldSpace } from './cleaning-step';
import { countWords, elementsWhere, walkElements } from './element-tests';

/** What the page showed besides the extract: its title and main heading, and whether it asks for a password. */
export interface PageSigns {
  /** The document's title and its first <h1>, as read before cleaning. */
  headings: readonly string[];
  /** The page (dialogs and overlays already removed) has a password field in it. */
  asksPassword: boolean;
}

// Error pages say so in a short title or heading: the page (or article, post...) is missing, in the
// languages we see most, or a 404 or 410 status with an error word.
const THING = '(page|seite|p[aá]gina|site|url|link|arti[ck]|art[ií]culo|inhalt|conte|beitrag|post|story)';
const ERROR_HEADING = new RegExp(
  `${THING}.{0,40}(not (be )?found|n['’]?t be found|n['’]?t available|not available|no longer|n['’]?t exist|nicht (mehr )?(gefunden|verfügbar|vorhanden)|existiert nicht|introuvable|n['’]existe|no (se )?(ha )?(encontr|existe)|no (est[aá] )?disponible|non (è )?(trovat|disponibil|esiste)|niet gevonden)` +
    `|(can['’]?t|cannot|could ?n['’]?t) find (the|this|that|your)? ?${THING}|\\b(404|410)\\b.{0,12}(not found|error|${THING})|(error|fehler|erreur)\\W{0,3}(404|410)\\b`,
  'i',
);
// A sign-in wall says what it wants in its title or heading, and has a password field.
const SIGN_IN_HEADING = /\b(sign|log) ?(in|on|up)\b|\blogin\b|\bregist|anmeld|einloggen|connexion|connecter|iniciar sesi|inicia sesi|accedi\b|inloggen/i;
const MAX_HEADING_WORDS = 10;
// An error page or a sign-in wall has little text of its own; a real article has more than this.
const ERROR_MAX_WORDS = 300;
const SIGN_IN_MAX_WORDS = 120;
// A list of articles: at least this many headings that are links, with few words per teaser.
const LIST_MIN_TEASERS = 4;
const LIST_MAX_WORDS_PER_TEASER = 60;

/** Why the page is not an article, in words a reader can be shown; null when it may be one. */
export function describeNonArticle(signs: PageSigns, content: Element, wordCount: number): string | null {
  const says = (pattern: RegExp) => signs.headings.some((text) => countWords(text) <= MAX_HEADING_WORDS && pattern.test(text));
  if (wordCount <= ERROR_MAX_WORDS && says(ERROR_HEADING)) return 'This looks like an error page (not found or not available), not an article.';
  if (wordCount <= SIGN_IN_MAX_WORDS && signs.asksPassword && says(SIGN_IN_HEADING)) return 'This page asks you to sign in before it shows anything to read.';
  const teasers = elementsWhere(content, isTeaserTitle).length;
  if (teasers >= LIST_MIN_TEASERS && wordCount <= teasers * LIST_MAX_WORDS_PER_TEASER) return 'This page is a list of articles (search results, a tag or section page), not one article.';
  return null;
}

/** The signs read from the cloned page before Readability changes it, in one walk. */
export function readPageSigns(body: Element, title: string): PageSigns {
  const signs = { headings: [title], asksPassword: false };
  walkElements(body, markSign, signs);
  return signs;
}

/** Notes the first <h1> and an `input[type=password]`. */
function markSign(element: Element, signs: { headings: string[]; asksPassword: boolean }): boolean {
  const name = element.localName;
  if (name === 'h1' && signs.headings.length < 2) signs.headings.push(element.textContent ?? '');
  else if (name === 'input' && element.getAttribute('type')?.toLowerCase() === 'password') signs.asksPassword = true;
  return false;
}

/** `h2, h3, h4` whose text is one link: the title of a teaser card. */
function isTeaserTitle(element: Element): boolean {
  if (!/^h[234]$/.test(element.localName)) return false;
  const links = element.getElementsByTagName('a');
  return links.length === 1 && foldSpace(links[0]?.textContent ?? '') === foldSpace(element.textContent ?? '');
}

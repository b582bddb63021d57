// Bylines as pages write them, tidied after extraction (in the background and the CLI, never in
// the injected script, which must stay small): a label in front ("About the Author - Jane Doe",
// "Hosted by …", "geschrieben von …"), a date glued on ("Carrie ArnoldNovember 15, 2019",
// "MORITZ GATHMANN am 21. April 2020"), and an agency run into the last name in capitals ("JILL
// LAWLESSAssociated Press"). What is left is no byline when it names nobody: a handle or a site
// written small ("luxurious", "kath.net"), or a phrase of common words ("The Russian and Syrian
// defense ministries"). The site name is tidied too: a page that names its site after the server
// it runs on ("Hosted" on hosted.ap.org) names no publication.
import type { Article } from '../article';

const LABEL =
  /^(?:[|·»]\s*)?(?:about the author|written by|posted by|hosted by|words by|story by|article by|recipe by|text by|geschrieben von|veröffentlicht von|artikel von|beitrag von|publié par|écrit par|escrito por|publicado por|autor(?:in)?|author|auteur)\s*[:|–—-]?\s+/i;
const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zé]*\\.?';
// "Nov. 3, 2024", "8 January 2020", "21. April 2020", "2018-09-16", "21.01.2009", and all after it.
const TRAILING_DATE = new RegExp(
  `\\s*(?:\\b(?:on|updated|published|am|le|el)\\s+|[|–—,·-]\\s*)?(?:${MONTH} \\d{1,2}, \\d{4}|\\d{1,2}\\.? ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b.*$`,
  'iu',
);
const CAPITALS_GLUED = /(\p{Lu}{3,})(?=\p{Lu}\p{Ll})/gu;
const CAPITALIZED_WORD = /(?:^|[\s,(])\p{Lu}/u;
/** Words a list of names may hold written small: joins and name particles. */
const NAME_JOINS = new Set(['and', 'und', 'et', 'y', 'e', 'of', 'von', 'van', 'der', 'den', 'de', 'del', 'la', 'le', 'da', 'di', 'du', 'dos', 'bin', 'al', 'ter', 'zu']);
/** More common words written small than this, and the byline is a phrase, not names. */
const MAX_SMALL_WORDS = 1;
/** The accounts a CMS is installed with ("Super User" is Joomla's), which name no author. */
const CMS_ACCOUNT = /^(?:super ?user|site ?admin|admin(?:istrator)?|webmaster|root|guest|default user)$/i;

export function tidyByline(byline: string | null): string | null {
  if (!byline) return byline;
  const tidied = byline.replace(LABEL, '').replace(TRAILING_DATE, '').replace(CAPITALS_GLUED, '$1, ').trim();
  if (!tidied || !CAPITALIZED_WORD.test(tidied) || CMS_ACCOUNT.test(tidied)) return null;
  let small = 0;
  for (const word of tidied.split(/[\s,]+/)) if (word && word === word.toLowerCase() && /\p{L}/u.test(word) && !NAME_JOINS.has(word)) small++;
  return small > MAX_SMALL_WORDS ? null : tidied;
}

/** Subdomains that name a server's role, not a publication: "Hosted" on hosted.ap.org. A
 *  subdomain that is a name stays ("ProFootballTalk" on profootballtalk.nbcsports.com). */
const SERVER_LABEL = /^(?:hosted|edition|amp|m|mobile|beta|app|web|www\d*|blog|blogs|news|en|de|fr|es)$/;

/** Null when the site name is only the server part of the page's address ("Hosted" on
 *  hosted.ap.org, "Edition" on edition.cnn.com), which names no publication. */
export function tidySiteName(siteName: string | null, url: string): string | null {
  if (!siteName) return siteName;
  const name = siteName.trim().toLowerCase();
  if (!SERVER_LABEL.test(name)) return siteName;
  let labels: string[];
  try {
    labels = new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return siteName;
  }
  return labels.slice(0, -2).includes(name) ? null : siteName;
}

/** The article with its byline and site name tidied; the same object when there was nothing to tidy. */
export function tidyArticle(article: Article): Article {
  const byline = tidyByline(article.byline);
  const siteName = tidySiteName(article.siteName, article.url);
  return byline === article.byline && siteName === article.siteName ? article : { ...article, byline, siteName };
}

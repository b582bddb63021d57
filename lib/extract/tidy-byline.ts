// Bylines as pages write them, tidied after extraction (in the background and the CLI, never in
// the injected script, which must stay small): a label in front ("About the Author - Jane Doe",
// "Hosted by …"), a date glued on ("Carrie ArnoldNovember 15, 2019"), and an agency run into the
// last name in capitals ("JILL LAWLESSAssociated Press").
import type { Article } from '../article';

const LABEL = /^(?:about the author|written by|posted by|hosted by|words by|story by|author)\s*[:|–—-]?\s+/i;
const TRAILING_DATE = /\s*(?:\b(?:on|updated|published)\s+|[|–—,-]\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b.*$/i;
const CAPITALS_GLUED = /(\p{Lu}{3,})(?=\p{Lu}\p{Ll})/gu;

export function tidyByline(byline: string | null): string | null {
  if (!byline) return byline;
  const tidied = byline.replace(LABEL, '').replace(TRAILING_DATE, '').replace(CAPITALS_GLUED, '$1, ').trim();
  return tidied || null;
}

/** The article with its byline tidied; the same object when there was nothing to tidy. */
export function tidyArticle(article: Article): Article {
  const byline = tidyByline(article.byline);
  return byline === article.byline ? article : { ...article, byline };
}

// The article's title without the site name pages append (" – Stratechery", " | FourWeekMBA").
import { foldForCompare } from './fold-for-compare';

const SEPARATOR = /\s+[-–—|·•:»]\s+/g;

export function cleanTitle(title: string, siteName: string | null, host: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title.trim();
  const last = foldForCompare(parts[parts.length - 1] ?? '');
  const site = siteName ? foldForCompare(siteName) : '';
  const hostName = foldForCompare(host.replace(/^www\./, '').replace(/\.[a-z]+$/, ''));
  const isSite = (part: string) =>
    Boolean(part) && ((site && (site === part || site.startsWith(part) || part.startsWith(site))) || (hostName && part.replace(/ /g, '') === hostName.replace(/ /g, '')));
  if (!isSite(last)) return title.trim();
  // Cut at the last separator only, so a title with its own dash keeps it.
  const matches = [...title.matchAll(SEPARATOR)];
  return title.slice(0, matches[matches.length - 1]?.index ?? title.length).trim();
}

// The article's title without the site name pages append (" – Stratechery", " | FourWeekMBA",
// " › evang.at", " - chadim.net - Webdesign").
import { foldForCompare } from './fold-for-compare';

const SEPARATOR = /\s+[-–—|·•:»›]\s+/g;
/** A part that is a web address names the site, whatever follows it ("chadim.net - Webdesign"). */
const DOMAIN = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export function cleanTitle(title: string, siteName: string | null, host: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title.trim();
  const site = siteName ? foldForCompare(siteName) : '';
  const bareHost = host.replace(/^www\./, '');
  const hostName = foldForCompare(bareHost.replace(/\.[a-z]+$/, ''));
  const isSite = (part: string) =>
    Boolean(part) && ((site && (site === part || site.startsWith(part) || part.startsWith(site))) || (hostName && part.replace(/ /g, '') === hostName.replace(/ /g, '')));
  const separators = [...title.matchAll(SEPARATOR)];
  // Cut at the first part after the headline that is a web address, else at the last separator
  // when the last part is the site, so a title with its own dash keeps it.
  const domainAt = parts.findIndex((part, i) => i > 0 && (DOMAIN.test(part.trim()) || (bareHost !== '' && part.trim().toLowerCase() === bareHost.toLowerCase())));
  const cutAt = domainAt > 0 ? domainAt : isSite(foldForCompare(parts[parts.length - 1] ?? '')) ? parts.length - 1 : -1;
  if (cutAt < 0) return title.trim();
  return title.slice(0, separators[cutAt - 1]?.index ?? title.length).trim();
}

// The host of a web address, as the extraction compares them.

const HTTP_HOST = /^https?:\/\/([^/:?#]+)/i;

/** The lowercased host of an http(s) address; '' for anything else (a file given to the CLI, about:blank). */
export function hostOf(url: string): string {
  return HTTP_HOST.exec(url)?.[1]?.toLowerCase() ?? '';
}

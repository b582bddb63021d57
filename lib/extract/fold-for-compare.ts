// Text folded so that copies of one passage compare equal: case, quotes, dashes, punctuation and
// a trailing ellipsis (summary boxes cut sentences short with "…") do not count.
export function foldForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/(…|\.\.\.)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

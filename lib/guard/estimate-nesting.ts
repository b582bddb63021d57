// How deep an HTML string would nest, estimated from its tags before it is parsed. linkedom (the
// CLI's DOM) parses deep nesting in worse than linear time (100,000 unclosed <b> take half a
// minute), so such input has to be refused before parsing, which only a scan of the string can do.
// An estimate: tags the parser closes by itself (p, li, td…) and void tags count for nothing, so
// messy real pages stay far below the limit; raw-text elements and comments are skipped.

const VOID_OR_SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen frame basefont bgsound command'.split(' '),
);
const OPTIONAL_END = new Set('p li dt dd option optgroup tr td th thead tbody tfoot rt rp rb rtc colgroup caption html head body'.split(' '));
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TOKEN = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;

/** The deepest nesting the tags suggest, counting no further than `stopAt`. */
export function estimateNesting(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  const token = new RegExp(TOKEN);
  for (let match = token.exec(html); match; match = token.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', token.lastIndex);
      if (end === -1) break;
      token.lastIndex = end + 3;
      continue;
    }
    const name = (match[2] ?? '').toLowerCase();
    const counts = !VOID_OR_SELF_CLOSING.has(name) && !OPTIONAL_END.has(name);
    if (match[1]) {
      if (counts) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = token.lastIndex;
      const end = closing.exec(html);
      if (!end) break;
      token.lastIndex = end.index;
      continue;
    }
    if (!counts || match[0].endsWith('/>')) continue;
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
  }
  return deepest;
}

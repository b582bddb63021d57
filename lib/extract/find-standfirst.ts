// The standfirst (the lede under the headline) often sits outside the element Readability picks,
// so the extract began at the second paragraph. Pages repeat it word for word as their
// og:description or description; the block on the page that says it is the standfirst.
import { foldSpace } from './cleaning-step';
import { countWords } from './element-tests';

// The description's first characters find it; pages cut a long description short ("…").
const PREFIX_CHARS = 50;
// A one-sentence dek under the headline is a second headline; a lead paragraph is the article's
// first text. Deks run 10 to 25 words.
const MIN_WORDS = 25;
const HOLDERS = /^(p|div|h2|h3|header|section|span|strong|em|b)$/;

/** The element of `body` whose text is the page's description, if one is: the standfirst. */
export function findStandfirst(body: Element, description: string | null): Element | null {
  const wanted = description ? foldSpace(description) : '';
  if (countWords(wanted) < MIN_WORDS) return null;
  const prefix = wanted.slice(0, PREFIX_CHARS);
  return findText(body, prefix, wanted.length);
}

function findText(node: Node, prefix: string, length: number): Element | null {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      const name = (child as Element).localName;
      if (name === 'script' || name === 'style' || name === 'a' || name === 'head') continue;
      const found = findText(child, prefix, length);
      if (found) return found;
    } else if (child.nodeType === 3 && child.textContent?.includes(prefix.slice(0, 20))) {
      // The nearest block around the text that starts with the description and is not much longer.
      for (let holder = child.parentElement; holder && HOLDERS.test(holder.localName); holder = holder.parentElement) {
        const text = foldSpace(holder.textContent ?? '');
        if (text.length > length * 1.5 + 20) break;
        if (text.startsWith(prefix)) return holder;
      }
    }
  }
  return null;
}

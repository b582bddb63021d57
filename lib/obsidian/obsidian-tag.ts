// Topics as tags Obsidian accepts (https://help.obsidian.md/tags): letters, digits, `_`, `-`
// (and `/` for nesting, which a topic never means), no spaces, no `#`, not only digits. The
// Markdown export's `tags` and the library's topic filter both use this form, so a tag clicked in
// a vault and a topic picked in the library name the same thing.

// Apostrophes join the word they sit in ("Amazon’s" → "Amazons"); other punctuation and spaces
// separate words. Combining marks stay: they are part of letters in many scripts.
const APOSTROPHES = /['’‘ʼ`´]/g;
const NOT_TAG_CHARACTER = /[^\p{L}\p{M}\p{N}_-]+/gu;
const ONLY_DIGITS = /^[\p{N}_-]*$/u;

/** The Obsidian tag form of a topic ("supply chain" → "supply-chain"), or null when nothing valid is left ("2024", "#"). */
export function obsidianTag(topic: string): string | null {
  const tag = topic
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(NOT_TAG_CHARACTER, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  // Obsidian needs at least one character that is not a digit; `_` and `-` alone are no tag either.
  return ONLY_DIGITS.test(tag) ? null : tag;
}

/** The key two tags share when Obsidian takes them for one: tags are case-insensitive. */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** The tag forms of a card's topics, in order, each once (Obsidian ignores case), the invalid left out. */
export function obsidianTags(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const topic of topics) {
    const tag = obsidianTag(topic);
    if (tag === null || seen.has(tagKey(tag))) continue;
    seen.add(tagKey(tag));
    tags.push(tag);
  }
  return tags;
}

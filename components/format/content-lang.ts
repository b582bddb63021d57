// The article's language as an HTML lang value, or undefined when the page's own tag is no
// language tag ("english", "x"): a lang attribute must be valid, and none is better than a wrong one.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export function contentLang(lang: string | null | undefined): string | undefined {
  const tag = lang?.trim().replace(/_/g, '-');
  return tag && LANGUAGE_TAG.test(tag) ? tag : undefined;
}

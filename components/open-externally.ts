// Hands an address that is not a web page (obsidian://) to the system, which passes it to the app
// registered for it: a link clicked in the page, which needs no permission. The browser may ask
// the user first; the page stays where it is.
export function openExternally(url: string): void {
  Object.assign(document.createElement('a'), { href: url }).click();
}

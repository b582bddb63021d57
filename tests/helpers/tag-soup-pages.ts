// Pages whose markup skips what the HTML standard implies (<html>, <head>, <body>), as real
// servers send them: a browser builds the full tree all the same, and so must parseHtml in Node.
// Shared by the unit tests (the tree) and the e2e suite (the same text in Node and in Chromium).

const PARAGRAPHS = [
  'The harbour authority approved the new quay after a decade of studies, hearings and revisions to the plan.',
  'Engineers expect the first ships to berth in the spring, once the dredging of the channel is finished.',
  'Fishermen who opposed the project say the compensation offered to them still falls short of their losses.',
  'The council will review the budget again in the autumn, when the final costs of the works are known.',
  'Residents near the port have asked for limits on night work, and the contractor has agreed to most of them.',
] as const;

const ARTICLE = `<article><h1>The new quay opens next spring</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
const HEAD = '<title>The new quay opens next spring</title><meta name="description" content="A harbour story">';

export interface TagSoupPage {
  name: string;
  html: string;
  /** A sentence the article's text must hold. */
  sentence: string;
}

export const TAG_SOUP_PAGES: readonly TagSoupPage[] = [
  {
    name: 'a PHP warning before <html>',
    html: `<br />\n<b>Warning</b>:  Undefined variable $sidebar in <b>/var/www/theme/header.php</b> on line <b>12</b><br />\n<!DOCTYPE html><html lang="en"><head>${HEAD}</head><body>${ARTICLE}</body></html>`,
    sentence: PARAGRAPHS[2],
  },
  {
    name: 'a bare <script> first',
    html: `<script>window.dataLayer = [];</script>\n<!DOCTYPE html><html><head>${HEAD}</head><body>${ARTICLE}</body></html>`,
    sentence: PARAGRAPHS[1],
  },
  {
    name: '<meta> tags first, no <html> or <head>',
    html: `<meta charset="utf-8"><meta name="viewport" content="width=device-width">${HEAD}<body>${ARTICLE}</body>`,
    sentence: PARAGRAPHS[3],
  },
  {
    name: '<!DOCTYPE html><head> without <html>',
    html: `<!DOCTYPE html><head>${HEAD}</head><body>${ARTICLE}</body>`,
    sentence: PARAGRAPHS[4],
  },
];

// Regenerates the Markdown goldens on purpose (tests never write their own expected output):
//   npx tsx tests/unit/markdown/golden/update-goldens.ts
// It extracts each page of tests/fixtures with the current extractor, keeps that Article as
// <name>.article.json (the golden test's input, so extraction work elsewhere can't move it), and
// writes the card as <name>.md. Review the diff before committing.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../../lib/dom/parse-html';
import { extractArticle } from '../../../../lib/extract/extract-article';
import { digestArticle } from '../../../../lib/digest/digest-article';
import { digestToMarkdown } from '../../../../lib/markdown/digest-to-markdown';
import { ENGLISH_LABELS } from '../../../helpers/english-labels';
import { GOLDEN_NOW } from './golden-clock';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', '..', '..', 'fixtures');

for (const page of readdirSync(fixtures).filter((f) => f.endsWith('.html')).sort()) {
  const name = page.replace(/\.html$/, '');
  const expect = JSON.parse(readFileSync(join(fixtures, `${name}.expect.json`), 'utf8')) as { url: string };
  const result = extractArticle(parseHtml(readFileSync(join(fixtures, page), 'utf8'), expect.url), { url: expect.url });
  if (!result.ok) throw new Error(`${page}: extraction failed: ${result.error.code} ${result.error.message}`);
  writeFileSync(join(here, `${name}.article.json`), `${JSON.stringify(result.article, null, 2)}\n`);
  writeFileSync(join(here, `${name}.md`), digestToMarkdown(result.article, digestArticle(result.article, { now: GOLDEN_NOW }), ENGLISH_LABELS));
  console.log(`wrote ${name}.article.json and ${name}.md`);
}

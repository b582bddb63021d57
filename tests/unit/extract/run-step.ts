// Runs one cleaning step on a small page, the way extractArticle would, and shows what is left.
import { parseHtml } from '../../../lib/dom/parse-html';
import { ensureBody } from '../../../lib/dom/document-parts';
import type { CleaningStep, ExtractContext, SourceBlock } from '../../../lib/extract/cleaning-step';
import type { SiteRule } from '../../../lib/extract/sites/site-rule';
import { toBlocks } from '../../../lib/extract/to-blocks';
import { restatingBoxFinder } from '../../../lib/extract/restating-box';

export interface StepRun {
  /** The body's blocks after the step, joined by spaces. */
  text: string;
  context: ExtractContext;
  body: Element;
}

export function runDomStep(step: CleaningStep, bodyHtml: string, sites: SiteRule[] = []): StepRun {
  if (step.phase === 'blocks') throw new Error(`${step.name} is a blocks step; use runBlockStep`);
  const document = parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`);
  const body = ensureBody(document);
  if (!body) throw new Error('the test page has no body');
  const context: ExtractContext = { document, url: 'https://example.com/a', sites, removals: [], gates: [] };
  step.run(body, context);
  const text = toBlocks(body, () => null).map((b) => b.text).join(' ');
  return { text, context, body };
}

export function runBlockStep(step: CleaningStep, bodyHtml: string, sites: SiteRule[] = []): { blocks: SourceBlock[]; context: ExtractContext } {
  if (step.phase !== 'blocks') throw new Error(`${step.name} is a DOM step; use runDomStep`);
  const document = parseHtml(`<!DOCTYPE html><html><head></head><body><div id="content">${bodyHtml}</div></body></html>`);
  const root = document.getElementById('content');
  if (!root) throw new Error('the test page has no content');
  const context: ExtractContext = { document, url: 'https://example.com/a', sites, removals: [], gates: [] };
  const boxes = sites.flatMap((s) => s.restating ?? []);
  return { blocks: step.run(toBlocks(root, restatingBoxFinder(root, boxes)), context), context };
}

/** Prose long enough that no boilerplate rule takes it for a label. */
export const PROSE =
  'The article itself runs on for a good while here, long enough that no rule for short boilerplate lines could mistake it for one, and it keeps its point.';

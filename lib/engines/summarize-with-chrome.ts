// Chrome's Summarizer API as a helper: when the Prompt API cannot run but the Summarizer can,
// the local digest gets an abstractive summary from it (nothing leaves the machine either way),
// in the card's language.
import type { Article } from '../article';
import type { ModelLanguages } from './chrome-ai-apis';
import type { ChromeAiApis, SummarizerCreateOptions } from './chrome-ai-types';
import { CHARS_PER_TOKEN } from './chunk-article';

/** The summary, or undefined when the Summarizer is missing, not downloaded, cannot write the language, or fails. */
export async function summarizeWithChrome(apis: ChromeAiApis, article: Article, languages: ModelLanguages, signal?: AbortSignal): Promise<string | undefined> {
  const summarizer = apis.Summarizer;
  if (!summarizer) return undefined;
  const plain = { type: 'tldr', format: 'plain-text', length: 'medium' } as const;
  const declared: SummarizerCreateOptions = {
    ...plain,
    ...(languages.input ? { expectedInputLanguages: [languages.input] } : {}),
    outputLanguage: languages.output ?? 'en',
  };
  // A language the reader chose is kept or nothing; the article's own may fall back to undeclared.
  const candidates = languages.chosen ? [declared] : [declared, plain];
  let options: SummarizerCreateOptions | undefined;
  for (const candidate of candidates) {
    if ((await summarizer.availability(candidate)) === 'available') {
      options = candidate;
      break;
    }
  }
  if (!options) return undefined;
  const session = await summarizer.create({ ...options, sharedContext: 'A web article, summarized for a reading digest.', signal });
  try {
    const text = article.text.slice(0, Math.max(1_000, session.inputQuota * CHARS_PER_TOKEN));
    const summary = await session.summarize(text, { context: `Title: ${article.title}`, signal });
    return summary.trim() || undefined;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // Quota or language errors come as DOMExceptions: the local summary stays, as the note says.
    if (error instanceof DOMException) return undefined;
    throw error;
  } finally {
    session.destroy();
  }
}

// Turns a checked model digest into the card's Digest: quotes verified against the article,
// texts trimmed, topics and audiences de-duplicated, engine and notes recorded.
import type { Article } from '../article';
import { DIGEST_SCHEMA_VERSION, type Digest, type EngineInfo } from '../digest/digest-schema';
import type { ModelDigest } from './model-digest-schema';
import { createQuoteChecker } from './verify-quotes';

export interface DigestOrigin {
  engine: string;
  model: string;
  now: Date;
  /** Notes to show on the card, e.g. that a long article was trimmed. */
  notes: string[];
}

export function toDigest(model: ModelDigest, article: Article, origin: DigestOrigin): Digest {
  const checker = createQuoteChecker(article.text);
  const digest: Omit<Digest, 'engine'> = {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    summary: model.summary.trim(),
    keyTakeaway: checker.check(model.keyTakeaway),
    keyInsights: model.keyInsights.map((item) => checker.check(item)),
    principles: model.principles.map((item) => checker.check(item)),
    method: model.method ? checker.check(model.method) : null,
    inPractice: model.inPractice.map((item) => checker.check(item)),
    topics: unique(model.topics.map((topic) => topic.trim()).filter(Boolean)),
    audience: unique(model.audience),
    createdAt: origin.now.toISOString(),
  };
  const notes = [...origin.notes];
  if (checker.dropped > 0) {
    const quotes = checker.dropped === 1 ? '1 quote' : `${checker.dropped} quotes`;
    notes.push(`${quotes} from the model could not be found in the article and ${checker.dropped === 1 ? 'was' : 'were'} removed.`);
  }
  const engine: EngineInfo = { name: origin.engine, model: origin.model };
  if (notes.length > 0) engine.note = notes.join(' ');
  return { ...digest, engine };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

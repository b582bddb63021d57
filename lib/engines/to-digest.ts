// Turns a checked model digest into the card's Digest: quotes verified against the article,
// texts trimmed, topics and audiences de-duplicated, engine and notes recorded.
import type { Article } from '../article';
import { DIGEST_SCHEMA_VERSION, type Digest, type EngineInfo } from '../digest/digest-schema';
import type { ModelDigest, ModelItem } from './model-digest-schema';
import { createQuoteChecker } from './verify-quotes';

export interface DigestOrigin {
  engine: string;
  model: string;
  now: Date;
  /** Notes to show on the card, e.g. that a long article was trimmed. */
  notes: string[];
}

/** A runaway model must not turn the card into a wall: a little above what the prompt asks. */
const MAX = { keyInsights: 8, principles: 6, inPractice: 6, topics: 10, audience: 4 };

export function toDigest(model: ModelDigest, article: Article, origin: DigestOrigin): Digest {
  const checker = createQuoteChecker(article.text);
  const items = (list: ModelItem[], max: number) => list.slice(0, max).map((item) => checker.check(item));
  const digest: Omit<Digest, 'engine'> = {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    summary: model.summary.trim(),
    keyTakeaway: checker.check(model.keyTakeaway),
    keyInsights: items(model.keyInsights, MAX.keyInsights),
    principles: items(model.principles, MAX.principles),
    method: model.method ? checker.check(model.method) : null,
    inPractice: items(model.inPractice, MAX.inPractice),
    topics: unique(model.topics.map((topic) => topic.trim()).filter(Boolean)).slice(0, MAX.topics),
    audience: unique(model.audience).slice(0, MAX.audience),
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

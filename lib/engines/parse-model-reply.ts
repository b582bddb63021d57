// Reads a model's reply as a digest: JSON (a stray code fence tolerated), the model schema, then
// the card's own rules (non-empty texts, at least one audience) checked by the Digest schema.
import { DigestSchema, DIGEST_SCHEMA_VERSION, type Digest } from '../digest/digest-schema';
import { ModelDigestSchema, type ModelDigest, type ModelItem } from './model-digest-schema';

/**
 * `problem` goes back to the model in the repair prompt; `brief` is for people and never echoes
 * the model's text (which the page may have steered).
 */
export type ParsedReply = { ok: true; digest: ModelDigest } | { ok: false; problem: string; brief: string };

const MAX_ISSUES = 5;

export function parseModelReply(reply: string): ParsedReply {
  const json = unfence(reply);
  if (!json) return { ok: false, problem: 'the reply was empty; expected a JSON object.', brief: 'empty reply' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // A syntax error is the expected way a model fails; its message goes into the repair prompt.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `it is not valid JSON (${detail}).`, brief: 'not JSON' };
  }
  const model = ModelDigestSchema.safeParse(value);
  if (!model.success) return schemaProblem(model.error.issues);
  const card = DigestSchema.safeParse(asCardShape(model.data));
  if (!card.success) return schemaProblem(card.error.issues);
  // The card's schema allows an empty summary (the local engine may have none); a model may not.
  if (!model.data.summary.trim()) return schemaProblem([{ path: ['summary'], message: 'must not be empty' }]);
  return { ok: true, digest: model.data };
}

/** Models sometimes wrap JSON in ```json fences despite being told not to. */
function unfence(reply: string): string {
  const trimmed = reply.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(trimmed);
  return fenced?.[1] ?? trimmed;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function schemaProblem(issues: readonly Issue[]): ParsedReply {
  const shown = issues.slice(0, MAX_ISSUES);
  const where = (issue: Issue) => issue.path.map(String).join('.') || '(root)';
  const listed = shown.map((issue) => `${where(issue)}: ${issue.message}`);
  const fields = [...new Set(shown.map(where))].join(', ');
  return {
    ok: false,
    problem: `the JSON does not match the schema: ${listed.join('; ')}.`,
    brief: `wrong JSON shape at ${fields}`,
  };
}

/** The model digest in the card's shape, with placeholder metadata, for checking only. */
function asCardShape(model: ModelDigest): Digest {
  const item = (modelItem: ModelItem) => ({ text: modelItem.text.trim() });
  return {
    schemaVersion: DIGEST_SCHEMA_VERSION,
    summary: model.summary,
    keyTakeaway: item(model.keyTakeaway),
    keyInsights: model.keyInsights.map(item),
    principles: model.principles.map(item),
    method: model.method ? item(model.method) : null,
    inPractice: model.inPractice.map(item),
    topics: model.topics,
    audience: model.audience,
    engine: { name: 'check' },
    createdAt: new Date(0).toISOString(),
  };
}

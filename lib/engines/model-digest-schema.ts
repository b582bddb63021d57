// What an AI model is asked to return: the model-authored part of a Digest, as a zod/mini schema
// and as JSON schema data. Engine metadata, createdAt and `verified` are ours,
// never the model's, so they are not in here.
import { z } from 'zod/mini';
import { AUDIENCES, AudienceSchema, type Digest } from '../digest/digest-schema';

/**
 * `quote` is nullable-but-required rather than optional because OpenAI's strict structured
 * output wants every property listed in `required`.
 */
export const ModelItemSchema = z.object({
  text: z.string(),
  quote: z.nullable(z.string()),
});
export type ModelItem = z.infer<typeof ModelItemSchema>;

export const ModelDigestSchema = z.object({
  summary: z.string(),
  keyTakeaway: ModelItemSchema,
  keyInsights: z.array(ModelItemSchema),
  principles: z.array(ModelItemSchema),
  method: z.nullable(ModelItemSchema),
  inPractice: z.array(ModelItemSchema),
  topics: z.array(z.string()),
  audience: z.array(AudienceSchema),
});
export type ModelDigest = z.infer<typeof ModelDigestSchema>;

// Compile-time guard: every model field is a Digest field, so the card never meets a stranger.
type ModelKeysAreDigestKeys = keyof ModelDigest extends keyof Digest ? true : never;
const modelKeysAreDigestKeys: ModelKeysAreDigestKeys = true;
void modelKeysAreDigestKeys;

export type JsonSchema = { [key: string]: unknown };

const ITEM_JSON = {
  type: 'object',
  properties: { text: { type: 'string' }, quote: { type: ['string', 'null'] } },
  required: ['text', 'quote'],
  additionalProperties: false,
};

/**
 * ModelDigestSchema as JSON schema, written once as data so the extension bundles do not carry
 * zod's JSON-schema generator; a unit test checks it equals `z.toJSONSchema(ModelDigestSchema)`.
 */
const MODEL_DIGEST_JSON: JsonSchema = {
  type: 'object',
  properties: {
    summary: { type: 'string' },
    keyTakeaway: ITEM_JSON,
    keyInsights: { type: 'array', items: ITEM_JSON },
    principles: { type: 'array', items: ITEM_JSON },
    method: { anyOf: [ITEM_JSON, { type: 'null' }] },
    inPractice: { type: 'array', items: ITEM_JSON },
    topics: { type: 'array', items: { type: 'string' } },
    audience: { type: 'array', items: { type: 'string', enum: [...AUDIENCES] } },
  },
  required: ['summary', 'keyTakeaway', 'keyInsights', 'principles', 'method', 'inPractice', 'topics', 'audience'],
  additionalProperties: false,
};

/**
 * The JSON schema every engine hands its model (OpenAI `response_format`, Anthropic tool
 * `input_schema`, Chrome `responseConstraint`). Strict-mode friendly: every property required,
 * no extra properties, no `$schema` (some OpenAI-compatible servers reject unknown keywords).
 */
export function modelDigestJsonSchema(): JsonSchema {
  return structuredClone(MODEL_DIGEST_JSON);
}

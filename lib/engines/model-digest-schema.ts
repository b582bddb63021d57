// What an AI model is asked to return: the model-authored part of a Digest, as a zod/mini schema
// and the JSON schema derived from it once. Engine metadata, createdAt and `verified` are ours,
// never the model's, so they are not in here.
import { z } from 'zod/mini';
import { AudienceSchema, type Digest } from '../digest/digest-schema';

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

let cachedJsonSchema: JsonSchema | undefined;

/**
 * The JSON schema every engine hands its model (OpenAI `response_format`, Anthropic tool
 * `input_schema`, Chrome `responseConstraint`). Derived from ModelDigestSchema; `$schema` is
 * dropped because some OpenAI-compatible servers reject unknown top-level keywords.
 */
export function modelDigestJsonSchema(): JsonSchema {
  if (!cachedJsonSchema) {
    const { $schema: _dialect, ...schema } = z.toJSONSchema(ModelDigestSchema) as JsonSchema;
    cachedJsonSchema = schema;
  }
  return structuredClone(cachedJsonSchema);
}

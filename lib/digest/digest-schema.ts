// The digest card's data, versioned; every engine (local or AI) must produce exactly this.
import { z } from 'zod/mini';

export const DIGEST_SCHEMA_VERSION = 1;

/** The fixed audience vocabulary of DESIGN.md: the only values `audience` may hold. */
export const AUDIENCES = [
  'CTO',
  'AI Architect',
  'MLOps Engineer',
  'Engineering Leader',
  'Developer',
  'Data Scientist',
  'Product Manager',
  'Designer',
  'Founder',
  'Executive',
  'Investor',
  'Strategy Lead',
  'Marketer',
  'Sales Leader',
  'Policy Maker',
  'Researcher',
  'Student',
  'General Reader',
] as const;
export const AudienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof AudienceSchema>;

/** One point of the card, with the verbatim article sentence it rests on. */
export const ItemSchema = z.object({
  text: z.string().check(z.minLength(1)),
  quote: z.optional(z.string()),
  /** False when an AI engine gave a quote that could not be found in the article. */
  verified: z.optional(z.boolean()),
});
export type Item = z.infer<typeof ItemSchema>;

export const EngineInfoSchema = z.object({
  name: z.string(),
  version: z.optional(z.string()),
  model: z.optional(z.string()),
  /** Shown on the card, e.g. "AI engine failed; local digest shown instead". */
  note: z.optional(z.string()),
});
export type EngineInfo = z.infer<typeof EngineInfoSchema>;

export const DigestSchema = z.object({
  schemaVersion: z.literal(DIGEST_SCHEMA_VERSION),
  summary: z.string(),
  keyTakeaway: ItemSchema,
  keyInsights: z.array(ItemSchema),
  principles: z.array(ItemSchema),
  method: z.nullable(ItemSchema),
  inPractice: z.array(ItemSchema),
  topics: z.array(z.string()),
  audience: z.array(AudienceSchema).check(z.minLength(1)),
  engine: EngineInfoSchema,
  createdAt: z.string(),
});
export type Digest = z.infer<typeof DigestSchema>;

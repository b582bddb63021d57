// The sentence-role model: a multinomial logistic regression over roleFeatures, trained by
// scripts/train-roles/train-roles.ts on sentences of the dev corpora labelled with the roles of
// SENTENCE-ROLES.md. It tells how likely a sentence is to be the article's thesis, a rule, a
// method, an action for the reader, an insight, colour or site text; the card's steps read these
// odds beside their rules (the rules decide what fits a section, the odds veto colour and rank).
import model from './role-model.json';
import type { FeatureParts } from './role-features';

import { ROLES, type Role } from './role-names';

export { ROLES, type Role };

export type RoleOdds = Record<Role, number>;

/** What the model makes of one sentence. */
export interface Judgement {
  odds: RoleOdds;
}

// The features by kind: words, first words and first pairs are looked up without their prefix.
const index = new Map<string, number>();
const wordIndex = new Map<string, number>();
const firstIndex = new Map<string, number>();
const firstTwoIndex = new Map<string, number>();
(model.features as string[]).forEach((feature, i) => {
  if (feature.startsWith('w:')) wordIndex.set(feature.slice(2), i);
  else if (feature.startsWith('f1:')) firstIndex.set(feature.slice(3), i);
  else if (feature.startsWith('f2:')) firstTwoIndex.set(feature.slice(3), i);
  else index.set(feature, i);
});
// Weights are stored as integers in 1/scale units (a third of the size of decimals). Held in
// one flat array, a feature's row at i * ROLES.length: a sentence reads dozens of rows, and rows
// that sit side by side in memory stay cheap to reach after a garbage collection has evicted
// them from the processor's caches, where an array per row was one more pointer to chase.
const scale = model.scale as number;
const ROLE_COUNT = ROLES.length;
const roleWeights = Float64Array.from((model.weights as number[][]).flat(), (w) => w / scale);
const roleBias = Float64Array.from(model.bias as number[], (w) => w / scale);

function add(z: Float64Array, i: number | undefined): void {
  if (i === undefined) return;
  const row = i * ROLE_COUNT;
  for (let k = 0; k < ROLE_COUNT; k++) z[k] = (z[k] as number) + (roleWeights[row + k] as number);
}

/** The model's judgement of a sentence with these features. */
export function judge({ words, first, firstTwo, others }: FeatureParts): Judgement {
  const z = roleBias.slice();
  for (const word of words) add(z, wordIndex.get(word));
  if (first !== null) add(z, firstIndex.get(first));
  if (firstTwo !== null) add(z, firstTwoIndex.get(firstTwo));
  for (const feature of others) add(z, index.get(feature));
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < ROLE_COUNT; k++) sum += z[k] = Math.exp((z[k] as number) - max);
  // A literal in ROLES' order, not keys set one by one: one object shape that lives as long as
  // this code (see prepareSentences).
  return {
    odds: {
      thesis: (z[0] as number) / sum,
      principle: (z[1] as number) / sum,
      method: (z[2] as number) / sum,
      action: (z[3] as number) / sum,
      insight: (z[4] as number) / sum,
      detail: (z[5] as number) / sum,
      boilerplate: (z[6] as number) / sum,
    },
  };
}

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
// Weights are stored as integers in 1/scale units (a third of the size of decimals).
const scale = model.scale as number;
const roleWeights = (model.weights as number[][]).map((row) => row.map((w) => w / scale));
const roleBias = (model.bias as number[]).map((w) => w / scale);

function add(z: number[], i: number | undefined): void {
  if (i === undefined) return;
  const row = roleWeights[i] as number[];
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (row[k] as number);
}

/** The model's judgement of a sentence with these features. */
export function judge({ words, first, firstTwo, others }: FeatureParts): Judgement {
  const z = [...roleBias];
  for (const word of words) add(z, wordIndex.get(word));
  if (first !== null) add(z, firstIndex.get(first));
  if (firstTwo !== null) add(z, firstTwoIndex.get(firstTwo));
  for (const feature of others) add(z, index.get(feature));
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp((z[k] as number) - max);
  const odds = {} as RoleOdds;
  for (let k = 0; k < ROLES.length; k++) odds[ROLES[k] as Role] = (z[k] as number) / sum;
  return { odds };
}

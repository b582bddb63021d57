// The sentence-role model: a multinomial logistic regression over roleFeatures, trained by
// scripts/train-roles/train-roles.ts on sentences of the dev corpora labelled with the roles of
// SENTENCE-ROLES.md. It tells how likely a sentence is to be the article's thesis, a rule, a
// method, an action for the reader, an insight, colour or site text; the card's steps read these
// odds beside their rules (the rules decide what fits a section, the odds veto colour and rank).
import model from './role-model.json';

export const ROLES = ['thesis', 'principle', 'method', 'action', 'insight', 'detail', 'boilerplate'] as const;
export type Role = (typeof ROLES)[number];

export type RoleOdds = Record<Role, number>;

/** What the model makes of one sentence. */
export interface Judgement {
  odds: RoleOdds;
}

const index = new Map<string, number>(model.features.map((feature: string, i: number) => [feature, i]));
const roleWeights = model.roles.weights as number[][];
const roleBias = model.roles.bias as number[];

/** The model's judgement of a sentence with these features. */
export function judge(features: readonly string[]): Judgement {
  const z = [...roleBias];
  for (const feature of features) {
    const i = index.get(feature);
    if (i === undefined) continue;
    const row = roleWeights[i] as number[];
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (row[k] as number);
  }
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp((z[k] as number) - max);
  const odds = {} as RoleOdds;
  for (let k = 0; k < ROLES.length; k++) odds[ROLES[k] as Role] = (z[k] as number) / sum;
  return { odds };
}

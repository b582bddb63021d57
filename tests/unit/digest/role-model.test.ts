import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/digest/digest-article';
import { centralities } from '../../../lib/digest/sentence-centrality';
import { SentenceJudge } from '../../../lib/digest/sentence-roles';
import { ROLES } from '../../../lib/digest/role-names';
import model from '../../../lib/digest/role-model.json';
import { makeArticle } from './make-article';

const ARTICLE = [
  'Amazon announced on Tuesday that it will sell its logistics network to other businesses as a service.',
  '“It was a long night,” said Maria Lopez, a driver who has worked for the company since 2019.',
  'Commodity markets reward structural cost advantages above all else.',
  'The network cost more than $100 billion to build over a decade, according to filings.',
  'Subscribe to our newsletter to get the best stories delivered to your inbox every morning.',
];

function judged() {
  const context = buildContext(makeArticle(ARTICLE, { title: 'Amazon sells its logistics network as a service' }));
  const judge = new SentenceJudge(context, centralities(context));
  return context.sentences.map((s) => judge.of(s.index)?.odds);
}

describe('the sentence-role model', () => {
  it('is stored as the digest reads it: one weight per role for every feature', () => {
    expect(model.roleNames).toEqual([...ROLES]);
    expect(model.weights.length).toBe(model.features.length);
    for (const row of model.weights) expect(row.length).toBe(ROLES.length);
  });

  it('gives odds that sum to one, role by role in the order of the weights', () => {
    for (const odds of judged()) {
      expect(Object.keys(odds ?? {})).toEqual([...ROLES]);
      const sum = ROLES.reduce((total, role) => total + (odds?.[role] ?? 0), 0);
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('tells the news from a bystander’s quote, and site text from both', () => {
    const [lede, quote, , , promo] = judged();
    expect(lede!.thesis).toBeGreaterThan(quote!.thesis);
    expect(quote!.detail).toBeGreaterThan(lede!.detail);
    expect(promo!.boilerplate).toBeGreaterThan(lede!.boilerplate);
    expect(promo!.boilerplate).toBeGreaterThan(quote!.boilerplate);
  });
});

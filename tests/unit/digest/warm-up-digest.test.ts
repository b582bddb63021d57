import { describe, expect, it } from 'vitest';
import { digestArticle } from '../../../lib/digest/digest-article';
import { DigestSchema } from '../../../lib/digest/digest-schema';
import { ArticleSchema } from '../../../lib/article';
import { WARM_UP_ARTICLE, warmUpDigest } from '../../../lib/digest/warm-up-digest';

describe('warmUpDigest', () => {
  it('digests a valid article that reaches the ranked sections, so their code is compiled too', () => {
    expect(ArticleSchema.safeParse(WARM_UP_ARTICLE).success).toBe(true);
    const digest = DigestSchema.parse(digestArticle(WARM_UP_ARTICLE, { now: new Date(0) }));
    expect(digest.summary.length).toBeGreaterThan(0);
    expect(digest.keyInsights.length + digest.inPractice.length).toBeGreaterThan(0);
    expect(digest.topics.length).toBeGreaterThan(0);
  });

  it('runs once per worker and never throws', () => {
    expect(() => {
      warmUpDigest();
      warmUpDigest();
    }).not.toThrow();
  });
});

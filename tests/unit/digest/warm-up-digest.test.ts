import { describe, expect, it, vi } from 'vitest';
import { digestArticle } from '../../../lib/digest/digest-article';
import { DigestSchema } from '../../../lib/digest/digest-schema';
import { ArticleSchema } from '../../../lib/article';
import { WARM_UP_ARTICLE, warmUpDigest } from '../../../lib/digest/warm-up-digest';

// The real digest, counted: warmUpDigest must call it once per worker, however often it is asked.
vi.mock('../../../lib/digest/digest-article', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/digest/digest-article')>();
  return { ...actual, digestArticle: vi.fn(actual.digestArticle) };
});

describe('warmUpDigest', () => {
  it('digests a valid article that reaches the ranked sections, so their code is compiled too', () => {
    expect(ArticleSchema.safeParse(WARM_UP_ARTICLE).success).toBe(true);
    const digest = DigestSchema.parse(digestArticle(WARM_UP_ARTICLE, { now: new Date(0) }));
    expect(digest.summary.length).toBeGreaterThan(0);
    expect(digest.keyInsights.length + digest.inPractice.length).toBeGreaterThan(0);
    expect(digest.topics.length).toBeGreaterThan(0);
  });

  it('digests the built-in article once per worker, and never throws', () => {
    const digests = vi.mocked(digestArticle);
    digests.mockClear();
    expect(() => {
      warmUpDigest();
      warmUpDigest();
      warmUpDigest();
    }).not.toThrow();
    expect(digests).toHaveBeenCalledTimes(1);
    expect(digests).toHaveBeenCalledWith(WARM_UP_ARTICLE, { now: new Date(0) });
  });
});

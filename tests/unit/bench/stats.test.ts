import { describe, expect, it } from 'vitest';
import { fitExponent, median, percentile } from '../../../scripts/bench/stats';

describe('bench statistics', () => {
  it.each([
    [[5], 50, 5],
    [[3, 1, 2], 50, 2],
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 95, 20],
    [[10, 20], 0, 10],
    [[10, 20], 100, 20],
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected);
  });

  it('median does not reorder its input', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([
    [1, (x: number) => 3 * x],
    [2, (x: number) => 0.5 * x * x],
    [1.5, (x: number) => x ** 1.5],
  ])('fits exponent %d', (k, f) => {
    expect(fitExponent([1e3, 1e4, 1e5, 3e5].map((x) => ({ x, y: f(x) })))).toBeCloseTo(k, 6);
  });

  it('refuses a fit on one size', () => {
    expect(() => fitExponent([{ x: 10, y: 1 }, { x: 10, y: 2 }])).toThrow(/two distinct/);
  });
});

// Small statistics for the benchmarks: medians and percentiles of repeated runs, and the
// exponent of a power law fitted in log-log space (time ∝ size^k).

/** The p-th percentile (0-100) by linear interpolation between the nearest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Least-squares slope of log(y) against log(x): k in y ≈ c·x^k. Needs two distinct x at least. */
export function fitExponent(points: readonly { x: number; y: number }[]): number {
  const usable = points.filter((p) => p.x > 0 && p.y > 0);
  if (new Set(usable.map((p) => p.x)).size < 2) throw new Error('fitExponent needs two distinct positive sizes');
  const xs = usable.map((p) => Math.log(p.x));
  const ys = usable.map((p) => Math.log(p.y));
  const meanX = sum(xs) / xs.length;
  const meanY = sum(ys) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i++) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  return covariance / variance;
}

/** Milliseconds since `start`, for timing one call. */
export function elapsed(start: number): number {
  return performance.now() - start;
}

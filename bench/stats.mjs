/** Median, min, max and p95 (nearest rank) of a list of milliseconds. */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { runs: s.length, median_ms: q(0.5), min_ms: s[0], max_ms: s[s.length - 1], p95_ms: q(0.95) };
}

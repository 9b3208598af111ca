/** A rate (0..1, `null` when undefined) as a percentage with one decimal, for charts and exports. */
export function percentValue(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** A rate as text: `42.9%`, or `—` when there is nothing to divide by. */
export function formatPercent(rate: number | null): string {
  const value = percentValue(rate);
  return value === null ? '—' : `${value}%`;
}

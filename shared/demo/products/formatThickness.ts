/** Sheet or plate thickness as the market writes it: at least one decimal (3.0, 2.75). */
export function formatThickness(mm: number): string {
  return Number.isInteger(mm) ? mm.toFixed(1) : String(mm);
}

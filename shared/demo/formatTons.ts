/** Whole kilograms as tonnes the way traders write them: 56340 → "56.34", 56000 → "56". */
export function formatTons(kg: number): string {
  const whole = Math.floor(kg / 1000);
  const rest = String(kg % 1000).padStart(3, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

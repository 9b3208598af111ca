/** Inserts thousands separators into a string of decimal digits: `1234567` → `1,234,567`. */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

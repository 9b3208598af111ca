import type { Deal } from '../model/deal';

/**
 * Kg of each request line already given to deals (by `requestLineId`), counting every deal that
 * is not cancelled: a draft holds its goods too, or the desk would offer them twice.
 */
export function filledKgByRequestLine(deals: Iterable<Pick<Deal, 'status' | 'lines'>>): Map<string, number> {
  const filled = new Map<string, number>();
  for (const deal of deals) {
    if (deal.status === 'cancelled') continue;
    for (const line of deal.lines) {
      if (line.requestLineId !== undefined) filled.set(line.requestLineId, (filled.get(line.requestLineId) ?? 0) + line.weightKg);
    }
  }
  return filled;
}

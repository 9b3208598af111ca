import { vi } from 'vitest';
import { PrintJobs } from '../../../../electron/main/print/printJobs';

/** Main's printing for tests that do not print: every print request answers `cancelled`. */
export function idlePrinting() {
  return { confirmation: vi.fn(async () => ({ status: 'cancelled' as const })), jobs: new PrintJobs() };
}

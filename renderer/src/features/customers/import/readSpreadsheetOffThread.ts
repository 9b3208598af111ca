import { readSpreadsheet, UnreadableFileError } from './readSpreadsheet';
import type { SpreadsheetRequest, SpreadsheetResponse } from './spreadsheet.worker';

/**
 * `readSpreadsheet` in a Web Worker (one per file, ended when done), so a big workbook does not
 * freeze the page. Where there are no workers (jsdom tests) it reads in place.
 */
export function readSpreadsheetOffThread(bytes: ArrayBuffer, fileName: string): Promise<string[][]> {
  if (typeof Worker === 'undefined') return readSpreadsheet(bytes, fileName);
  const worker = new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string[][]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SpreadsheetResponse>) => {
      const answer = event.data;
      if ('table' in answer) resolve(answer.table);
      else reject(answer.reason ? new UnreadableFileError(answer.reason, answer.error) : new Error(answer.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'spreadsheet worker failed'));
    const request: SpreadsheetRequest = { bytes, fileName };
    worker.postMessage(request, [bytes]);
  }).finally(() => worker.terminate());
}

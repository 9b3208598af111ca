import { readSpreadsheet, UnreadableFileError } from './readSpreadsheet';

/** What the import posts: the file's bytes (transferred, not copied) and its name. */
export interface SpreadsheetRequest {
  bytes: ArrayBuffer;
  fileName: string;
}

/** The table, or why the file could not be read (`reason` for the cases the dialog words itself). */
export type SpreadsheetResponse = { table: string[][] } | { error: string; reason?: UnreadableFileError['reason'] };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SpreadsheetRequest>) => void) | null;
  postMessage(response: SpreadsheetResponse): void;
};

// Unzipping and parsing a workbook of tens of thousands of rows takes seconds: not on the UI thread.
scope.onmessage = (event) => {
  const { bytes, fileName } = event.data;
  readSpreadsheet(bytes, fileName).then(
    (table) => scope.postMessage({ table }),
    (error: unknown) =>
      scope.postMessage(error instanceof UnreadableFileError ? { error: error.message, reason: error.reason } : { error: error instanceof Error ? error.message : String(error) }),
  );
};

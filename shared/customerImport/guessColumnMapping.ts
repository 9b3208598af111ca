import { normalizeForSearch } from '../search/normalizeForSearch';
import { FIELD_HEADERS, IMPORT_FIELDS, type ImportField } from './importFields';

/** Which column (0-based) feeds each field; a field without a column is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const ALIASES: ReadonlyArray<[ImportField, string]> = IMPORT_FIELDS.flatMap((field) =>
  [...FIELD_HEADERS[field].zh, ...FIELD_HEADERS[field].en].map((header): [ImportField, string] => [field, normalizeForSearch(header)]),
);

/**
 * A first guess at the mapping from the file's header row: a header equal to a known name
 * (`客户名称`, `Phone`, `联系人电话`…, ignoring case, spaces and punctuation) maps first; then a
 * header containing a known name (`客户名称（全称）`), the longest name winning. Each field and
 * each column is used once; the user can change any of it.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const normalised = headers.map(normalizeForSearch);
  const assign = (field: ImportField, column: number) => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  normalised.forEach((header, column) => {
    const exact = ALIASES.find(([field, alias]) => alias === header && mapping[field] === undefined);
    if (exact) assign(exact[0], column);
  });
  normalised.forEach((header, column) => {
    if (taken.has(column) || header.length === 0) return;
    let best: [ImportField, string] | undefined;
    for (const entry of ALIASES) {
      const [field, alias] = entry;
      if (mapping[field] === undefined && header.includes(alias) && (!best || alias.length > best[1].length)) best = entry;
    }
    if (best) assign(best[0], column);
  });
  return mapping;
}

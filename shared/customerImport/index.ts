// Customer import and export (issue 4): column mapping, row validation, the merge plan, the export table.
export { IMPORT_FIELDS, FIELD_HEADERS } from './importFields';
export type { ImportField } from './importFields';
export { guessColumnMapping } from './guessColumnMapping';
export type { ColumnMapping } from './guessColumnMapping';
export { readImportRows } from './readImportRows';
export type { ImportContext, ImportErrorCode, ImportRead, ImportRowError, ImportedContactFields, ImportedCustomer, ImportedCustomerFields } from './readImportRows';
export { planCustomerImport } from './planCustomerImport';
export type { ImportPlan, PlannedCreate, PlannedUpdate } from './planCustomerImport';
export { customerExportTable } from './customerExportTable';
export type { ExtraColumn } from './customerExportTable';

export * from './dataTable';
export * from './tableToCsv';

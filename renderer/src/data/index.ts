// The data layer's public API. Features import from here only; the Dexie database stays inside.
export { openBook, deleteBook, bookDatabaseName, BOOK_NAMES, type Book, type BookName, type OpenBookOptions } from './openBook';
export type { Repository, Draft, Patch, StoredRecord } from './repository';
export { isLive, type BookReader, type ReadCollection, type ReadTable } from './bookReader';
export type { OutboxQueue } from './outboxQueue';
export type { SettingsCache } from './settingsCache';
export { StoreValidationError, WriteRefusedError, type RecordIssue } from './storeErrors';
export type { Refusal, TableWriteRules } from './writeRules';
export { CURRENT_SCHEMA_VERSION } from './schemaHistory';
export type { SyncStore, SyncLink, HubChange } from './syncStore';
export { syncBook, acceptHubChange } from './sync/syncBook';
export type { SyncOptions, SyncHooks } from './sync/syncOptions';
export { SyncFailure, type SyncFailureCode } from './sync/syncFailure';
export type { DealNumberSequence } from './dealNumberSequence';

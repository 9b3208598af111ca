/**
 * The version of the synced tables and of the sync protocol. Every request carries it; the hub
 * refuses a client with another version (`schema_mismatch`) instead of merging records it cannot
 * read. Bump it when a table schema or a protocol message changes incompatibly.
 */
export const SYNC_SCHEMA_VERSION = 1;

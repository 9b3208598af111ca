/** The `syncState` keys of the sync engine's bookkeeping (beside `deviceId` and `writeHead`). */
export const SYNC_STATE_KEYS = {
  /** `SyncLink`: the hub as last seen and the account. */
  link: 'syncLink',
  /** The hub version the next pull starts after. */
  cursor: 'pullCursor',
  /** The last `SyncReport`, for the Sync page. */
  lastReport: 'lastSyncReport',
  /** A detected `HubChange` waiting for the user's decision. */
  hubChange: 'hubChange',
  /** Set when the next pull must start from 0 and replace the local copy (resync or new hub). */
  replaceLocal: 'replaceLocalOnPull',
} as const;

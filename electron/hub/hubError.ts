import type { HubIdentity } from '../../shared/sync/hubIdentity';
import { SYNC_ERROR_STATUS, type SyncErrorBody, type SyncErrorCode } from '../../shared/sync/syncError';

export interface HubErrorDetails {
  path?: string;
  expectedSeq?: number;
  hub?: HubIdentity;
}

/** A refused request: thrown anywhere in a handler, answered as the protocol's JSON error body. */
export class HubError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly details: HubErrorDetails = {},
  ) {
    super(message);
    this.name = 'HubError';
  }

  get status(): (typeof SYNC_ERROR_STATUS)[SyncErrorCode] {
    return SYNC_ERROR_STATUS[this.code];
  }

  toBody(): SyncErrorBody {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

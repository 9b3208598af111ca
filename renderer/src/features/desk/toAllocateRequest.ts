import type { AllocatableRequest } from '../../../../shared/matching/allocate';
import type { StoredRecord } from '../../data';

/** The part of a stored request that allocate reads (what crosses to the worker). */
export function toAllocateRequest(request: StoredRecord<'requests'>): AllocatableRequest {
  return { id: request.id, buyerId: request.buyerId, receivedAt: request.receivedAt, status: request.status, lines: request.lines };
}

import { uuidv7 } from '../../../shared/ids/uuidv7';
import type { BookDatabase } from './bookDatabase';
import { sanctionWrites } from './writeGuard';

export const DEVICE_ID_KEY = 'deviceId';

/**
 * This laptop's id in a book: made once (a UUIDv7, which has no ':' and so fits an HLC stamp)
 * and kept in `syncState`. Every window of the book gets the same id: the first one to ask
 * creates it inside a transaction the others wait for.
 */
export function loadDeviceId(db: BookDatabase, newId: () => string = uuidv7): Promise<string> {
  return db.transaction('rw', db.syncState, async (transaction) => {
    sanctionWrites(transaction);
    const row = await db.syncState.get(DEVICE_ID_KEY);
    if (typeof row?.value === 'string') return row.value;
    const deviceId = newId();
    await db.syncState.add({ key: DEVICE_ID_KEY, value: deviceId });
    return deviceId;
  });
}

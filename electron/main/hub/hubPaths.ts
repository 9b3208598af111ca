import { join } from 'node:path';

/** Where main keeps the hub's secrets and, in office mode, the hub's data, under the user-data folder. */
export function hubPaths(userData: string) {
  return {
    /** This workstation's pairing with the office hub and its device token, encrypted. */
    pairing: join(userData, 'hub-pairing.bin'),
    /** Office mode: the office token of the hub this workstation runs, encrypted. */
    officeToken: join(userData, 'office-token.bin'),
    /** Office mode: the hub's PGlite data directory. */
    officeData: join(userData, 'office-hub'),
  } as const;
}

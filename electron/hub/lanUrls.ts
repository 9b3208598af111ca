import { networkInterfaces } from 'node:os';

/** The hub's addresses on the office network (every external IPv4 interface), for a hub listening on all interfaces. */
export function lanUrls(port: string): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address!.address}:${port}`);
}

/**
 * Stream numbers for `Random.derive(seed, stream, index)`: each kind of record draws from its
 * own stream, so generating one kind never shifts the random numbers of another.
 */
export const STREAM = {
  brokers: 1,
  profiles: 2,
  customers: 3,
  contacts: 4,
  contactLogs: 5,
  listings: 6,
  requests: 7,
  deals: 8,
  ratings: 9,
} as const;

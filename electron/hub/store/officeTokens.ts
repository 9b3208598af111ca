import type { Queryable } from '../db/database';

export async function saveOfficeToken(q: Queryable, token: { id: string; hash: string; nowMs: number }): Promise<void> {
  await q.query('INSERT INTO office_tokens (id, token_hash, created_at_ms) VALUES ($1, $2, $3)', [token.id, token.hash, token.nowMs]);
}

/** The stored hash of an office token that has not been revoked. */
export async function findOfficeTokenHash(q: Queryable, id: string): Promise<string | undefined> {
  const rows = await q.query<{ token_hash: string }>('SELECT token_hash FROM office_tokens WHERE id = $1 AND revoked_at_ms IS NULL', [id]);
  return rows[0]?.token_hash;
}

export async function hasOfficeToken(q: Queryable): Promise<boolean> {
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM office_tokens WHERE revoked_at_ms IS NULL');
  return (rows[0]?.n ?? 0) > 0;
}

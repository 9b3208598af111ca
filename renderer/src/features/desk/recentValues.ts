import type { SettingsCache } from '../../data';

/** What quick entry offers again: the values the broker typed last, newest first. */
export interface RecentValues {
  grades: string[];
  specs: string[];
  brands: string[];
  warehouses: string[];
}

export const RECENT_KEY = 'desk.recentValues';
const KEEP = 12;

export const NO_RECENT: RecentValues = { grades: [], specs: [], brands: [], warehouses: [] };

/** The remembered values (none yet, or unreadable, is an empty list). */
export async function loadRecent(cache: SettingsCache): Promise<RecentValues> {
  const stored = (await cache.get(RECENT_KEY)) as Partial<RecentValues> | undefined;
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return { grades: list(stored?.grades), specs: list(stored?.specs), brands: list(stored?.brands), warehouses: list(stored?.warehouses) };
}

/** `recent` with the values just used in front (each once), keeping the last few. */
export function remember(recent: RecentValues, used: Partial<Record<keyof RecentValues, string | undefined>>): RecentValues {
  const next = { ...recent };
  for (const key of Object.keys(used) as Array<keyof RecentValues>) {
    const value = used[key]?.trim();
    if (value) next[key] = [value, ...recent[key].filter((v) => v !== value)].slice(0, KEEP);
  }
  return next;
}

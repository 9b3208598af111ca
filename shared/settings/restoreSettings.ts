import { z } from 'zod';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings';

/**
 * Settings read back from storage (electron-store's file, localStorage), which may come from an
 * older version or be damaged: every valid field is kept, every missing or invalid one falls back
 * to its default, fields no longer in the schema are dropped. Never throws.
 */
export function restoreSettings(stored: unknown): Settings {
  return SettingsSchema.parse(restoreObject(SettingsSchema, DEFAULT_SETTINGS, stored));
}

function restoreObject(schema: z.ZodObject, defaults: Record<string, unknown>, stored: unknown): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null) return defaults;
  const source = stored as Record<string, unknown>;
  const restored: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const fallback = defaults[key];
    if (field instanceof z.ZodObject) {
      restored[key] = restoreObject(field, fallback as Record<string, unknown>, source[key]);
    } else {
      const parsed = field.safeParse(source[key]);
      restored[key] = parsed.success ? parsed.data : fallback;
    }
  }
  return restored;
}

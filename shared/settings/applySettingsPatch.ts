import { SettingsPatchSchema, SettingsSchema, type Settings } from './settings';

/**
 * The settings after a patch: top-level fields replace, `printer` and `office` merge field by field. The patch
 * and the result are both validated, so an invalid patch throws (a zod error naming each field)
 * and the caller keeps its current settings.
 */
export function applySettingsPatch(current: Settings, patch: unknown): Settings {
  const { printer, office, ...fields } = SettingsPatchSchema.parse(patch);
  return SettingsSchema.parse({ ...current, ...fields, printer: { ...current.printer, ...printer }, office: { ...current.office, ...office } });
}

import { SettingsPatchSchema, type SettingsPatch } from '../../../../shared/settings/settings';

/** The editable preference fields, named by their path in the settings. */
export const PREFERENCE_FIELDS = ['brokerName', 'brokerPrefix', 'hubUrl', 'printer.layout', 'printer.copies'] as const;
export type PreferenceField = (typeof PREFERENCE_FIELDS)[number];

export type PreferenceErrors = Partial<Record<PreferenceField, true>>;

const isPreferenceField = (path: string): path is PreferenceField => (PREFERENCE_FIELDS as readonly string[]).includes(path);

/**
 * Checks a patch with the settings schema (the same one main and the web bridge apply) and
 * tells which fields are invalid, so each can show its own message. Empty when the patch is valid.
 */
export function preferenceErrors(patch: SettingsPatch): PreferenceErrors {
  const result = SettingsPatchSchema.safeParse(patch);
  if (result.success) return {};
  const errors: PreferenceErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (isPreferenceField(path)) errors[path] = true;
  }
  return errors;
}

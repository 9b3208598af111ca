import type { Settings, SettingsPatch } from '../../../../shared/settings/settings';

/**
 * What the app needs of the settings service: the `settings` area of the window API
 * (`getApi().settings`), in Electron or in the browser's web bridge alike.
 */
export interface SettingsPort {
  get(): Promise<Settings>;
  /** Validates and saves a patch; resolves with the new settings, rejects on invalid input. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Calls `listener` whenever the settings change (in any window); returns the unsubscribe. */
  onChanged(listener: (settings: Settings) => void): () => void;
}

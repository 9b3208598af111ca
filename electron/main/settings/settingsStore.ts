import ElectronStore from 'electron-store';
import type { SettingsBacking } from './settingsService';

/**
 * The settings file (`settings.json` in the app's user-data folder). A file that is not valid JSON
 * is cleared rather than stopping the app from starting; field validation is the service's job.
 */
export function openSettingsStore(): SettingsBacking {
  return new ElectronStore<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
}

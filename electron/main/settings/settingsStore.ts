import ElectronStore from 'electron-store';
import type { SettingsStorage } from '../../../shared/settings/settingsService';

/**
 * The settings file (`settings.json` in the app's user-data folder). A file that is not valid JSON
 * is cleared rather than stopping the app from starting; field validation is the service's job.
 */
export function openSettingsStore(): SettingsStorage {
  const store = new ElectronStore<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = settings;
    },
  };
}

import type { SettingsService } from '../settings/settingsService';
import type { IpcHandlers } from './dispatchInvoke';

/** The `settings.*` channels answered by a settings service: the same in main and in the web bridge. */
export function settingsHandlers(settings: SettingsService): Pick<IpcHandlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}

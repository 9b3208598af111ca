import type { Unsubscribe } from '../../../shared/ipc/steelDeskApi';
import { applySettingsPatch } from '../../../shared/settings/applySettingsPatch';
import { restoreSettings } from '../../../shared/settings/restoreSettings';
import type { Settings } from '../../../shared/settings/settings';

/** Where settings persist: electron-store in the app, `conf` (its base class) in tests. */
export interface SettingsBacking {
  store: Record<string, unknown>;
}

/** The workstation's settings in main: read, patch, and be told of changes. */
export interface SettingsService {
  /** The current settings; missing or damaged stored fields read as their defaults. */
  get(): Settings;
  /** Validates the patch, merges it, persists the result and notifies listeners if anything changed. */
  update(patch: unknown): Settings;
  onChanged(listener: (settings: Settings) => void): Unsubscribe;
}

export function createSettingsService(backing: SettingsBacking): SettingsService {
  const listeners = new Set<(settings: Settings) => void>();
  const get = (): Settings => restoreSettings(backing.store);
  return {
    get,
    update(patch) {
      const current = get();
      const next = applySettingsPatch(current, patch);
      if (JSON.stringify(next) === JSON.stringify(current)) return current;
      backing.store = next;
      for (const listener of listeners) listener(next);
      return next;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

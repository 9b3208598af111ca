import { applySettingsPatch } from './applySettingsPatch';
import { restoreSettings } from './restoreSettings';
import type { Settings } from './settings';

/** Where settings persist: electron-store in the desktop app, localStorage in a browser. */
export interface SettingsStorage {
  /** What was stored, as stored (possibly nothing, old or damaged). */
  read(): unknown;
  write(settings: Settings): void;
}

/** The workstation's settings: read, patch, and be told of changes. */
export interface SettingsService {
  /** The current settings; missing or damaged stored fields read as their defaults. */
  get(): Settings;
  /** Validates the patch, merges it, persists the result and notifies listeners if anything changed. */
  update(patch: unknown): Settings;
  /** Returns the function that stops the listener. */
  onChanged(listener: (settings: Settings) => void): () => void;
}

export function createSettingsService(storage: SettingsStorage): SettingsService {
  const listeners = new Set<(settings: Settings) => void>();
  const get = (): Settings => restoreSettings(storage.read());
  return {
    get,
    update(patch) {
      const current = get();
      const next = applySettingsPatch(current, patch);
      if (JSON.stringify(next) === JSON.stringify(current)) return current;
      storage.write(next);
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

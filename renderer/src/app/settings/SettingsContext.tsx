import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/settings/settings';
import type { SettingsPort } from './SettingsPort';

export interface SettingsValue {
  settings: Settings;
  /** Saves a patch; the context updates from the service's answer and its change event. */
  update: (patch: SettingsPatch) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

type LoadState = { status: 'loading' } | { status: 'ready'; settings: Settings } | { status: 'failed'; error: unknown };

export interface SettingsProviderProps {
  port: SettingsPort;
  /** Shown until the settings are read. */
  loading: ReactNode;
  /** Shown when they cannot be read. */
  failed: (error: unknown) => ReactNode;
  children: ReactNode;
}

/** Reads the settings once, follows their change events, and provides them to the tree. */
export function SettingsProvider({ port, loading, failed, children }: SettingsProviderProps) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const unsubscribe = port.onChanged((settings) => setState({ status: 'ready', settings }));
    port.get().then(
      (settings) => live && setState((current) => (current.status === 'ready' ? current : { status: 'ready', settings })),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [port]);

  if (state.status === 'loading') return loading;
  if (state.status === 'failed') return failed(state.error);
  const value: SettingsValue = {
    settings: state.settings,
    update: async (patch) => {
      const settings = await port.update(patch);
      setState({ status: 'ready', settings });
      return settings;
    },
  };
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** The current settings and the way to change them. Only inside `SettingsProvider`. */
export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings: no SettingsProvider above this component');
  return value;
}

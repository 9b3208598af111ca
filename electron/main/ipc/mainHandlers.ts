import type { IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import type { OpenExternalLink } from '../security/openExternalLink';
import type { SettingsService } from '../settings/settingsService';

export interface MainHandlerDependencies {
  readonly settings: SettingsService;
  readonly openExternal: OpenExternalLink;
  readonly version: string;
  readonly platform: string;
}

/** Main's answer to every invoke channel of the contract. */
export function createMainHandlers({ settings, openExternal, version, platform }: MainHandlerDependencies): IpcHandlers {
  return {
    'app.info': () => ({ version, platform, shell: 'electron' }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'shell.openExternal': (url) => openExternal(url),
  };
}

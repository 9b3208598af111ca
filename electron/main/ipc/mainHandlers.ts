import type { IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import type { HubConnection } from '../../../shared/ipc/hubConnection';
import { hubHandlers } from '../../../shared/ipc/hubHandlers';
import { settingsHandlers } from '../../../shared/ipc/settingsHandlers';
import type { OfficeHub } from '../office/officeHub';
import { officeHandlers } from '../office/officeHandlers';
import { printHandlers, type ConfirmationPrinter } from '../print/confirmationPrinter';
import type { PrintJobs } from '../print/printJobs';
import type { OpenExternalLink } from '../security/openExternalLink';
import type { SettingsService } from '../../../shared/settings/settingsService';

export interface MainHandlerDependencies {
  readonly settings: SettingsService;
  readonly openExternal: OpenExternalLink;
  readonly hub: HubConnection;
  readonly office: OfficeHub;
  readonly version: string;
  readonly platform: string;
  readonly print: { readonly confirmation: ConfirmationPrinter; readonly jobs: PrintJobs };
}

/** Main's answer to every invoke channel of the contract. */
export function createMainHandlers({ settings, openExternal, hub, office, version, platform, print }: MainHandlerDependencies): IpcHandlers {
  return {
    'app.info': () => ({ version, platform, shell: 'electron' }),
    ...settingsHandlers(settings),
    'shell.openExternal': (url) => openExternal(url),
    ...hubHandlers(hub),
    ...officeHandlers(office),
    ...printHandlers(print.confirmation, print.jobs),
  };
}

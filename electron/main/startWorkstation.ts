import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { app, dialog, ipcMain, protocol, safeStorage, session, shell, type BrowserWindow } from 'electron';
import { createHubConnection } from '../../shared/ipc/hubConnection';
import { timedHubFetch } from '../../shared/ipc/timedHubFetch';
import { startHub } from '../hub/startHub';
import { appPaths } from './appPaths';
import { encryptedFile } from './hub/encryptedFile';
import { hubPaths } from './hub/hubPaths';
import { broadcast } from './ipc/broadcast';
import { createMainHandlers } from './ipc/mainHandlers';
import { registerHandlers } from './ipc/registerHandlers';
import { createSenderCheck } from './ipc/senderCheck';
import { OfficeHub } from './office/officeHub';
import { createConfirmationPrinter } from './print/confirmationPrinter';
import { PrintJobs } from './print/printJobs';
import { createPrintWindow } from './print/printWindow';
import { serveApp } from './protocol/appProtocol';
import { installContentSecurityPolicy } from './security/contentSecurityPolicy';
import { externalLinkOpener } from './security/openExternalLink';
import { denyPermissionsByDefault } from './security/permissions';
import { createSettingsService } from '../../shared/settings/settingsService';
import { openSettingsStore } from './settings/settingsStore';
import { createMainWindow } from './window';
import { WindowRegistry } from './windowRegistry';

/** What a started workstation offers the app's lifecycle handlers. */
export interface Workstation {
  readonly windows: WindowRegistry;
  /** Brings the main window to the front, creating it if it was closed. */
  showMainWindow(): BrowserWindow;
}

/**
 * Everything after `app.whenReady()`: the session's security policy, the app:// protocol, the
 * settings service, the hub connection (its token in safeStorage), office mode, printing, the IPC
 * handlers and the main window.
 */
export function startWorkstation(): Workstation {
  const paths = appPaths(app.getAppPath());
  installContentSecurityPolicy(session.defaultSession);
  denyPermissionsByDefault(session.defaultSession);
  serveApp(protocol, paths.rendererDir);

  const windows = new WindowRegistry();
  const settings = createSettingsService(openSettingsStore());
  const openExternal = externalLinkOpener(shell);
  const secrets = hubPaths(app.getPath('userData'));
  const hub = createHubConnection({ secrets: encryptedFile(secrets.pairing, safeStorage), fetch: timedHubFetch(fetch), now: () => new Date() });
  const office = new OfficeHub({ dataDir: secrets.officeData, officeToken: encryptedFile(secrets.officeToken, safeStorage), startHub });
  // Print windows are app windows: their page reads the settings and signals `print.ready`.
  const printJobs = new PrintJobs();
  const printConfirmation = createConfirmationPrinter({
    openWindow: (url) => windows.track(createPrintWindow({ preload: paths.preload, url })),
    jobs: printJobs,
    dialog,
    writeFile: (path, data) => writeFile(path, data),
    printerSettings: () => settings.get().printer,
    newJobId: randomUUID,
  });
  registerHandlers(
    ipcMain,
    createMainHandlers({
      settings,
      openExternal,
      hub,
      office,
      version: app.getVersion(),
      platform: process.platform,
      print: { confirmation: printConfirmation, jobs: printJobs },
    }),
    createSenderCheck((contents) => windows.owns(contents)),
  );
  settings.onChanged((next) => broadcast(windows.webContents(), 'settings.changed', next));
  hub.onChanged((pairing) => broadcast(windows.webContents(), 'hub.pairingChanged', pairing));
  office.onStatusChanged((status) => broadcast(windows.webContents(), 'office.statusChanged', status));
  void office.apply(settings.get().office);
  settings.onChanged((next) => void office.apply(next.office));
  // Quitting waits for the office hub to close its database cleanly (a PGlite checkpoint).
  app.on('will-quit', (event) => {
    if (!office.open) return;
    event.preventDefault();
    void office.stop().finally(() => app.quit());
  });

  let mainWindow: BrowserWindow | undefined;
  const showMainWindow = (): BrowserWindow => {
    if (mainWindow === undefined || mainWindow.isDestroyed()) {
      mainWindow = windows.track(createMainWindow({ preload: paths.preload, devTools: !app.isPackaged }));
    } else {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    return mainWindow;
  };
  showMainWindow();
  return { windows, showMainWindow };
}

import { app, dialog, protocol, shell } from 'electron';
import { registerAppScheme } from './protocol/appProtocol';
import { hardenWebContents } from './security/hardenWebContents';
import { externalLinkOpener } from './security/openExternalLink';
import { startWorkstation } from './startWorkstation';

// Before anything else: the scheme must be privileged before ready, and every renderer sandboxed.
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // One workstation per user: a second launch hands over to the first (see 'second-instance').
  app.quit();
} else {
  const openExternal = externalLinkOpener(shell);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(() => {
      const workstation = startWorkstation();
      app.on('second-instance', () => workstation.showMainWindow());
      app.on('activate', () => workstation.showMainWindow());
    })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      dialog.showErrorBox('SteelDesk 无法启动 / could not start', detail);
      app.exit(1);
    });
}

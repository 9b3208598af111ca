// The mocked `electron` module: named exports for `import { app } from 'electron'` and a default
// export for `import electron from 'electron'` (electron-store), both the same fake.
import { fakeElectron } from './fakeElectron';

export const { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, protocol, session, shell, dialog, safeStorage } = fakeElectron;
export default fakeElectron;

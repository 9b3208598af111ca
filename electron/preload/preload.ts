import { contextBridge, ipcRenderer } from 'electron';
import { buildSteelDeskApi, WINDOW_API_KEY } from '../../shared/ipc/steelDeskApi';
import { ipcTransport } from './ipcTransport';

// The page gets exactly one object, `window.steeldesk`, with one method per contract channel.
contextBridge.exposeInMainWorld(WINDOW_API_KEY, buildSteelDeskApi(ipcTransport(ipcRenderer)));

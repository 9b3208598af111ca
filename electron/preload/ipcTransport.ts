import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { IpcTransport } from '../../shared/ipc/steelDeskApi';

/**
 * The API's transport over Electron IPC. Listeners get the payload only, never the IPC event
 * (which would hand the page `sender`, an ipcRenderer).
 */
export function ipcTransport(ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): IpcTransport {
  return {
    invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
    subscribe: (channel, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  };
}

import type { IpcMain } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { dispatchInvoke, type IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import { IpcError } from '../../../shared/ipc/ipcError';
import type { SenderCheck } from './senderCheck';

/**
 * Registers one `ipcMain.handle` per invoke channel of the contract. Each call is refused unless
 * its sender passes `checkSender`; then its arguments are validated, the handler runs, and its
 * result is validated (see dispatchInvoke). New channels need only a contract entry and a handler.
 */
export function registerHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers, checkSender: SenderCheck): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const untrusted = checkSender(event);
      if (untrusted !== null) throw new IpcError(channel, 'untrusted-sender', untrusted);
      return dispatchInvoke(handlers, channel, args);
    });
  }
}

import type { IpcHandlers } from './dispatchInvoke';
import type { HubConnection } from './hubConnection';

/** The `hub.*` channels answered by a hub connection: the same in main and in the web bridge. */
export function hubHandlers(hub: HubConnection): Pick<IpcHandlers, 'hub.pairing' | 'hub.pair' | 'hub.unpair' | 'hub.send'> {
  return {
    'hub.pairing': () => hub.pairing(),
    'hub.pair': (args) => hub.pair(args),
    'hub.unpair': () => hub.unpair(),
    'hub.send': (endpoint, body) => hub.send(endpoint, body),
  };
}

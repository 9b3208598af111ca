import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  listenerMethodName,
  splitChannel,
  type EventChannel,
  type EventPayload,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
} from './channels';
import type { ChannelName } from './ipcChannels';

/** The window property the API is exposed under: `window.steeldesk`. */
export const WINDOW_API_KEY = 'steeldesk';

/** Stops a listener; calling it twice is harmless. */
export type Unsubscribe = () => void;

type AreaOf<C extends string> = C extends `${infer Area}.${string}` ? Area : never;

type InvokeMethods<Area extends string> = {
  readonly [C in InvokeChannel as C extends `${Area}.${infer Member}` ? Member : never]: (
    ...args: InvokeArgs<C>
  ) => Promise<InvokeResult<C>>;
};

type ListenerMethods<Area extends string> = {
  readonly [C in EventChannel as C extends `${Area}.${infer Member}` ? `on${Capitalize<Member>}` : never]: (
    listener: (payload: EventPayload<C>) => void,
  ) => Unsubscribe;
};

/**
 * The window API the renderer sees (`window.steeldesk` in Electron, the web bridge in a browser),
 * derived from the contract: `'settings.update'` becomes `api.settings.update(patch)` and the event
 * `'settings.changed'` becomes `api.settings.onChanged(listener)`, which returns an unsubscribe function.
 */
export type SteelDeskApi = { readonly [Area in AreaOf<ChannelName>]: InvokeMethods<Area> & ListenerMethods<Area> };

/** How an API reaches the side that answers: Electron IPC in the preload, local handlers in the web bridge. */
export interface IpcTransport {
  invoke(channel: InvokeChannel, args: readonly unknown[]): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): Unsubscribe;
}

type ApiMethod = (...args: never[]) => unknown;

/** Builds the method table from the contract: one method per invoke channel, one `on<Event>` per event channel. */
export function buildSteelDeskApi(transport: IpcTransport): SteelDeskApi {
  const areas = new Map<string, Record<string, ApiMethod>>();
  const membersOf = (area: string): Record<string, ApiMethod> => {
    const members = areas.get(area) ?? {};
    areas.set(area, members);
    return members;
  };

  for (const channel of INVOKE_CHANNELS) {
    const { area, member } = splitChannel(channel);
    membersOf(area)[member] = (...args: unknown[]) => transport.invoke(channel, args);
  }
  for (const channel of EVENT_CHANNELS) {
    const { area, member } = splitChannel(channel);
    membersOf(area)[listenerMethodName(member)] = (listener: unknown) => {
      if (typeof listener !== 'function') throw new TypeError(`${channel}: the listener must be a function`);
      return transport.subscribe(channel, listener as (payload: unknown) => void);
    };
  }

  const api = Object.fromEntries([...areas].map(([area, members]) => [area, Object.freeze(members)]));
  // The loops above create exactly the members the mapped type derives from the same contract.
  return Object.freeze(api) as unknown as SteelDeskApi;
}

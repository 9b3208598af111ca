import type { EventChannel, EventPayload } from './channels';
import { IPC_CONTRACT } from './contract';
import { describeIssues, IpcError } from './ipcError';

/** Checks a payload against the contract before it is pushed to the renderer. */
export function validateEventPayload<C extends EventChannel>(channel: C, payload: unknown): EventPayload<C> {
  const parsed = IPC_CONTRACT[channel].payload.safeParse(payload);
  if (!parsed.success) throw new IpcError(channel, 'invalid-payload', describeIssues('payload', parsed.error));
  return parsed.data as EventPayload<C>;
}

import type { IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import type { OfficeHub } from './officeHub';

type OfficeChannel = 'office.status' | 'office.createBroker' | 'office.createPairingCode' | 'office.devices' | 'office.revokeDevice';

/** The `office.*` channels, answered by the hub this workstation runs in office mode. */
export function officeHandlers(office: OfficeHub): Pick<IpcHandlers, OfficeChannel> {
  return {
    'office.status': () => office.status(),
    'office.createBroker': (request) => office.admin().createBroker(request),
    'office.createPairingCode': (account) => office.admin().createPairingCode(account),
    'office.devices': () => office.admin().devices(),
    'office.revokeDevice': (deviceId) => office.admin().revokeDevice(deviceId),
  };
}

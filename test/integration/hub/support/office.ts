import type { DeviceAccount } from '../../../../shared/sync/device';
import type { PairReply } from '../../../../shared/sync/pairing';
import { SYNC_SCHEMA_VERSION } from '../../../../shared/sync/schemaVersion';
import { callHub, type HttpReply } from './hubHttp';
import { TestLaptop } from './laptop';

/** The office at the admin API, and the pairing of laptops. */
export class TestOffice {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  admin(path: string, body?: unknown): Promise<HttpReply> {
    return callHub(this.url, `/v1/admin${path}`, { body, token: this.token });
  }

  async createBroker(id: string, name = `业务员 ${id}`, prefix = 'ZL'): Promise<void> {
    const reply = await this.admin('/brokers', { id, name, prefix });
    if (reply.status !== 201) throw new Error(`createBroker ${id}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }

  async pairingCode(account: DeviceAccount): Promise<string> {
    const reply = await this.admin('/pairing-codes', account);
    if (reply.status !== 201) throw new Error(`pairing code: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body.code as string;
  }

  pair(code: string, deviceId: string): Promise<HttpReply> {
    return callHub(this.url, '/v1/pair', { body: { schemaVersion: SYNC_SCHEMA_VERSION, code, deviceId, deviceName: `laptop ${deviceId}` } });
  }

  /** A laptop paired for this account; its HLC runs on `wallClock`. */
  async pairLaptop(deviceId: string, account: DeviceAccount, wallClock: () => number = Date.now): Promise<TestLaptop> {
    const reply = await this.pair(await this.pairingCode(account), deviceId);
    if (reply.status !== 201) throw new Error(`pair ${deviceId}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return new TestLaptop(this.url, reply.body as PairReply, wallClock);
  }

  /** A broker account and a laptop for it. */
  async brokerLaptop(brokerId: string, deviceId = `${brokerId}-laptop`, wallClock?: () => number): Promise<TestLaptop> {
    await this.createBroker(brokerId);
    return this.pairLaptop(deviceId, { role: 'broker', brokerId }, wallClock);
  }
}

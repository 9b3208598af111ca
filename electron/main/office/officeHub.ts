import type { OfficeStatus } from '../../../shared/ipc/officeStatus';
import type { Settings } from '../../../shared/settings/settings';
import { lanUrls } from '../../hub/lanUrls';
import type { HubOptions, RunningHub } from '../../hub/startHub';
import type { SecretStore } from '../../../shared/ipc/hubConnection';
import { officeAdmin, type OfficeAdmin } from './officeAdmin';

export type OfficeSettings = Settings['office'];

export interface OfficeHubDependencies {
  /** The hub's PGlite data directory (under the app's user-data folder). */
  dataDir: string;
  /** Where the office token is kept, encrypted; it never leaves main. */
  officeToken: SecretStore;
  startHub: (options: HubOptions) => Promise<RunningHub>;
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

interface Running {
  hub: RunningHub;
  settings: OfficeSettings;
  admin: OfficeAdmin;
}

/**
 * Office mode: the hub running inside this workstation's main process, started, restarted and
 * stopped to follow the `office` settings. Changes run one after another, so a quick on-off-on
 * never leaves two hubs on one data directory. `stop()` closes the hub cleanly (PGlite checkpoint)
 * and is what the app waits for when it quits.
 */
export class OfficeHub {
  #status: OfficeStatus = { state: 'off' };
  #running: Running | undefined;
  #queue: Promise<void> = Promise.resolve();
  readonly #listeners = new Set<(status: OfficeStatus) => void>();

  constructor(private readonly deps: OfficeHubDependencies) {}

  status(): OfficeStatus {
    return this.#status;
  }

  onStatusChanged(listener: (status: OfficeStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Whether a hub is open, so quitting must wait for `stop()`. */
  get open(): boolean {
    return this.#running !== undefined;
  }

  /** Starts, stops or restarts the hub to match the settings (a no-op when they already match). */
  apply(settings: OfficeSettings): Promise<void> {
    return this.#enqueue(async () => {
      if (!settings.enabled) return this.#close();
      const current = this.#running?.settings;
      if (current && current.port === settings.port && current.openToNetwork === settings.openToNetwork) return;
      await this.#close();
      await this.#start(settings);
    });
  }

  /** Closes the hub, if open. */
  stop(): Promise<void> {
    return this.#enqueue(() => this.#close());
  }

  /** The admin API of the running hub; refuses clearly while office mode is not running. */
  admin(): OfficeAdmin {
    if (this.#running === undefined) {
      const why = this.#status.state === 'failed' ? `it failed: ${this.#status.error}` : `it is ${this.#status.state}`;
      throw new Error(`the office hub is not running (${why}); switch office mode on in Settings`);
    }
    return this.#running.admin;
  }

  #enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(step);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #setStatus(status: OfficeStatus): void {
    this.#status = status;
    for (const listener of [...this.#listeners]) listener(status);
  }

  async #start(settings: OfficeSettings): Promise<void> {
    const { dataDir, officeToken, log } = this.deps;
    this.#setStatus({ state: 'starting' });
    let hub: RunningHub | undefined;
    try {
      // Checked first: a token the hub prints once and we could not keep would be lost.
      officeToken.assertSafe();
      const kept = officeToken.read();
      hub = await this.deps.startHub({
        dataDir,
        host: settings.openToNetwork ? '0.0.0.0' : '127.0.0.1',
        port: settings.port,
        // A data directory whose token we lost (or never had) gets a new one; the old ones keep working.
        newOfficeToken: kept === undefined,
        ...(log && { log }),
      });
      if (hub.officeToken !== undefined) officeToken.write(hub.officeToken);
      const token = hub.officeToken ?? kept!;
      this.#running = { hub, settings, admin: officeAdmin(hub.url, token, this.deps.fetch) };
      const port = new URL(hub.url).port;
      this.#setStatus({ state: 'running', url: hub.url, lanUrls: settings.openToNetwork ? lanUrls(port) : [], hub: hub.identity, storage: hub.storage });
    } catch (error) {
      await hub?.close().catch(() => undefined);
      const host = settings.openToNetwork ? 'all interfaces' : '127.0.0.1';
      this.#setStatus({ state: 'failed', error: `the office hub could not start on ${host} port ${settings.port} (data in ${dataDir}): ${(error as Error).message}` });
    }
  }

  async #close(): Promise<void> {
    const running = this.#running;
    if (running === undefined) {
      if (this.#status.state !== 'off') this.#setStatus({ state: 'off' });
      return;
    }
    this.#setStatus({ state: 'stopping' });
    this.#running = undefined;
    try {
      await running.hub.close();
      this.#setStatus({ state: 'off' });
    } catch (error) {
      this.#setStatus({ state: 'failed', error: `the office hub did not close cleanly (data in ${this.deps.dataDir}): ${(error as Error).message}` });
    }
  }
}

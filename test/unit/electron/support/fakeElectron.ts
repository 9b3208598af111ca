// A stand-in for the `electron` module in Node tests (no Electron binary can run here). Test files
// mock it with `vi.mock('electron', () => import('./support/electronModule'))` and inspect this
// singleton; `fakeElectron.reset()` in `beforeEach` gives each test a clean slate.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, CustomScheme, IpcMain, WebContents } from 'electron';
import { vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly send = vi.fn<(channel: string, payload: unknown) => void>();
  destroyed = false;

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a navigation-like event and reports whether a listener prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }

  /** Typed as Electron's WebContents for code under test. */
  asElectron(): WebContents {
    return this as unknown as WebContents;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return false;
  }

  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  /** Calls the handler registered for `channel` as Electron does for `ipcRenderer.invoke` from `event`. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  /** Typed as Electron's IpcMain for code under test. */
  asElectron(): IpcMain {
    return this as unknown as IpcMain;
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
}

class FakeSession {
  headersListener: ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void) | undefined;
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  readonly webRequest = {
    onHeadersReceived: (listener: FakeSession['headersListener']) => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }

  reset(): void {
    this.headersListener = undefined;
    this.permissionRequestHandler = undefined;
    this.permissionCheckHandler = undefined;
    this.devicePermissionHandler = undefined;
  }
}

/**
 * Electron's safeStorage as a test sees it: a reversible cipher (so tests can check that no secret
 * is on disk in plain text), and switches for a system without encryption or with only Linux's
 * `basic_text` fallback.
 */
class FakeSafeStorage {
  available = true;
  backend: 'basic_text' | 'gnome_libsecret' = 'gnome_libsecret';
  static readonly #HEADER = Buffer.from('v10');

  isEncryptionAvailable(): boolean {
    return this.available;
  }

  getSelectedStorageBackend(): 'basic_text' | 'gnome_libsecret' {
    return this.backend;
  }

  encryptString(text: string): Buffer {
    if (!this.available) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    return Buffer.concat([FakeSafeStorage.#HEADER, Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)]);
  }

  decryptString(encrypted: Buffer): string {
    if (!encrypted.subarray(0, 3).equals(FakeSafeStorage.#HEADER)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
  }

  reset(): void {
    this.available = true;
    this.backend = 'gnome_libsecret';
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

class FakeApp extends EventEmitter {
  paths = { userData: '', appPath: '' };
  isPackaged = false;
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  #ready = deferred();

  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the fake app knows only userData, not ${name}`);
    return this.paths.userData;
  }

  getAppPath(): string {
    return this.paths.appPath;
  }

  getVersion(): string {
    return '9.8.7';
  }

  whenReady(): Promise<void> {
    return this.#ready.promise;
  }

  /** Resolves whenReady(), as Electron does once it has initialised. */
  markReady(): void {
    this.#ready.resolve();
  }

  resetReady(): void {
    this.#ready = deferred();
  }
}

/** The fake module's state; every member keeps its identity across `reset()`. */
export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  contextBridge: {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      fakeElectron.contextBridge.exposed.set(key, api);
    }),
  },
  protocol: {
    privileged: [] as CustomScheme[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged: vi.fn((schemes: CustomScheme[]) => {
      fakeElectron.protocol.privileged.push(...schemes);
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      fakeElectron.protocol.handlers.set(scheme, handler);
    }),
  },
  session: { defaultSession: new FakeSession() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  safeStorage: new FakeSafeStorage(),
  dialog: { showErrorBox: vi.fn() },

  /** Forgets everything recorded; `paths` are what app.getPath('userData') and app.getAppPath() return. */
  reset(paths: { userData: string; appPath: string } = { userData: '', appPath: '' }): void {
    vi.clearAllMocks();
    const { app, ipcMain, ipcRenderer, contextBridge, protocol, session, safeStorage } = fakeElectron;
    app.removeAllListeners();
    app.paths = paths;
    app.isPackaged = false;
    app.resetReady();
    FakeBrowserWindow.created.length = 0;
    ipcMain.handlers.clear();
    ipcMain.removeAllListeners();
    ipcRenderer.removeAllListeners();
    contextBridge.exposed.clear();
    protocol.privileged.length = 0;
    protocol.handlers.clear();
    session.defaultSession.reset();
    safeStorage.reset();
  },
};

export type FakeElectron = typeof fakeElectron;

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsService } from '../../../shared/settings/settingsService';
import { openSettingsStore } from '../../../electron/main/settings/settingsStore';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

// The service runs on the real electron-store (and conf underneath), with only `electron` faked:
// app.getPath('userData') is a fresh folder per test.
describe('the settings service', () => {
  let folder: string;
  const openService = () => createSettingsService(openSettingsStore());

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'steeldesk-settings-'));
    fakeElectron.reset({ userData: folder, appPath: folder });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('starts from the defaults', () => {
    expect(openService().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a patch, printer field by field, and persists it for the next start', () => {
    const settings = openService();
    settings.update({ language: 'en', brokerName: '李娜', printer: { copies: 2 } });
    const updated = settings.update({ printer: { layout: 'continuous241' } });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, language: 'en', brokerName: '李娜', printer: { layout: 'continuous241', deviceName: '', copies: 2 } });
    expect(openService().get()).toEqual(updated);
  });

  it('refuses an invalid patch, naming the field, and keeps what was stored', () => {
    const settings = openService();
    settings.update({ brokerPrefix: 'ZL' });
    expect(() => settings.update({ brokerPrefix: 'zl' })).toThrow(/brokerPrefix[\s\S]*prefix is 2-4 capital letters/);
    expect(() => settings.update({ printer: { copies: 0 } })).toThrow(/copies/);
    expect(() => settings.update({ hubUrl: 'ftp://office' })).toThrow(/hubUrl/);
    expect(() => settings.update({ unknownSetting: true })).toThrow(/unknownSetting/);
    expect(openService().get()).toEqual({ ...DEFAULT_SETTINGS, brokerPrefix: 'ZL' });
  });

  it('tells listeners about a change, once, and not after they unsubscribe', () => {
    const settings = openService();
    const listener = vi.fn();
    const unsubscribe = settings.onChanged(listener);
    settings.update({ brokerName: '王强' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, brokerName: '王强' });
    settings.update({ brokerName: '王强' });
    expect(listener).toHaveBeenCalledOnce();
    unsubscribe();
    settings.update({ brokerName: '赵敏' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('does not tell listeners about a refused patch', () => {
    const settings = openService();
    const listener = vi.fn();
    settings.onChanged(listener);
    expect(() => settings.update({ language: 'de' })).toThrow();
    expect(listener).not.toHaveBeenCalled();
  });

  it('reads a damaged file as defaults field by field, and a corrupt one as all defaults', () => {
    const file = join(folder, 'settings.json');
    writeFileSync(file, JSON.stringify({ language: 'en', brokerName: 42, printer: { copies: 99, layout: 'a4' }, obsolete: 1 }));
    expect(openService().get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    writeFileSync(file, '{ not json');
    expect(openService().get()).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps settings.json in the app's user-data folder", () => {
    openService().update({ brokerName: '陈静', hubUrl: 'http://192.168.1.20:8787' });
    const stored = JSON.parse(readFileSync(join(folder, 'settings.json'), 'utf8'));
    expect(stored).toMatchObject({ brokerName: '陈静', hubUrl: 'http://192.168.1.20:8787' });
  });
});

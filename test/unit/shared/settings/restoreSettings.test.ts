import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreSettings } from '../../../../shared/settings/restoreSettings';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../../shared/settings/settings';

describe('restoreSettings', () => {
  const saved: Settings = {
    language: 'en',
    brokerName: '陈静',
    brokerPrefix: 'CJ',
    hubUrl: 'http://192.168.1.20:8787',
    printer: { layout: 'continuous241', deviceName: 'EPSON LQ-630K', copies: 2 },
    office: { enabled: true, port: 9000, openToNetwork: true },
    activeBook: 'demo',
    firstRunDone: true,
  };

  it('gives back valid stored settings as they were', () => {
    expect(restoreSettings(structuredClone(saved))).toEqual(saved);
  });

  it('reads nothing stored as the defaults', () => {
    for (const stored of [undefined, null, 42, 'settings', []]) expect(restoreSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of an older or damaged file and defaults the others', () => {
    const stored = { ...saved, brokerPrefix: 'lowercase', printer: { layout: 'a5', copies: 2 }, firstRunDone: undefined, removedSetting: 'x' };
    expect(restoreSettings(stored)).toEqual({
      ...saved,
      brokerPrefix: DEFAULT_SETTINGS.brokerPrefix,
      printer: { layout: DEFAULT_SETTINGS.printer.layout, deviceName: DEFAULT_SETTINGS.printer.deviceName, copies: 2 },
      firstRunDone: DEFAULT_SETTINGS.firstRunDone,
    });
  });

  it('never throws and always returns valid settings, whatever was stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ language: fc.jsonValue(), printer: fc.jsonValue(), brokerName: fc.jsonValue() })), (stored) => {
        expect(SettingsSchema.safeParse(restoreSettings(stored)).success).toBe(true);
      }),
    );
  });
});

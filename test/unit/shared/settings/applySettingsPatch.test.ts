import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySettingsPatch } from '../../../../shared/settings/applySettingsPatch';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../../shared/settings/settings';

describe('applySettingsPatch', () => {
  it('replaces top-level fields and merges the printer field by field', () => {
    const current: Settings = { ...DEFAULT_SETTINGS, printer: { layout: 'continuous241', deviceName: 'EPSON LQ-630K', copies: 2 } };
    expect(applySettingsPatch(current, { language: 'en', printer: { copies: 3 } })).toEqual({
      ...current,
      language: 'en',
      printer: { layout: 'continuous241', deviceName: 'EPSON LQ-630K', copies: 3 },
    });
  });

  it('merges office mode field by field', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { office: { enabled: true } }).office).toEqual({ enabled: true, port: 8787, openToNetwork: false });
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { office: { port: 80 } })).toThrow('port');
  });

  it('leaves the current settings alone', () => {
    const current = structuredClone(DEFAULT_SETTINGS);
    applySettingsPatch(current, { brokerName: '王强', printer: { copies: 2 } });
    expect(current).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{ brokerPrefix: 'z' }, 'brokerPrefix'],
    [{ brokerName: 'x'.repeat(41) }, 'brokerName'],
    [{ hubUrl: 'ftp://office' }, 'hubUrl'],
    [{ printer: { copies: 1.5 } }, 'copies'],
    [{ printer: { tray: 2 } }, 'tray'],
    [{ theme: 'dark' }, 'theme'],
    ['not an object', 'expected object'],
  ])('refuses %j, naming %s', (patch, field) => {
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, patch)).toThrow(field);
  });

  it('turns every valid patch into valid settings, and an empty patch into no change', () => {
    const patch = fc.record(
      {
        language: fc.constantFrom('zh-CN' as const, 'en' as const),
        brokerName: fc.string({ maxLength: 40 }),
        brokerPrefix: fc.stringMatching(/^[A-Z]{2,4}$/),
        activeBook: fc.constantFrom('main' as const, 'demo' as const),
        printer: fc.record({ copies: fc.integer({ min: 1, max: 9 }), deviceName: fc.string() }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(patch, (p) => {
        const next = applySettingsPatch(DEFAULT_SETTINGS, p);
        expect(SettingsSchema.safeParse(next).success).toBe(true);
        expect(applySettingsPatch(next, {})).toEqual(next);
      }),
    );
  });
});

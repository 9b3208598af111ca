import { z } from 'zod';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The workstation's settings, kept by electron-store in the desktop app (localStorage in a browser). */
export const SettingsSchema = z
  .object({
    language: z.enum(LANGUAGES),
    brokerName: z.string().max(40),
    /** Deal numbers start with this (e.g. `ZL` → ZL-20261123-001). */
    brokerPrefix: z.string().regex(/^[A-Z]{2,4}$/, 'prefix is 2-4 capital letters'),
    hubUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    printer: z
      .object({
        layout: z.enum(['a4', 'continuous241']),
        deviceName: z.string(),
        copies: z.number().int().min(1).max(9),
      })
      .strict(),
    /**
     * Office mode: this workstation runs the office hub in-process, on `port`, reachable from this
     * computer only or, with `openToNetwork`, from the office network (the brokers' laptops).
     */
    office: z
      .object({
        enabled: z.boolean(),
        port: z.number().int().min(1024).max(65535),
        openToNetwork: z.boolean(),
      })
      .strict(),
    /** Which book is open: the real one or the demo book. */
    activeBook: z.enum(['main', 'demo']),
    /** Set once the first-run choice (demo book or empty) was made. */
    firstRunDone: z.boolean(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh-CN',
  brokerName: '',
  brokerPrefix: 'SD',
  hubUrl: '',
  printer: { layout: 'a4', deviceName: '', copies: 1 },
  office: { enabled: false, port: 8787, openToNetwork: false },
  activeBook: 'main',
  firstRunDone: false,
};

/** A partial update; nested `printer` and `office` may be partial too. */
export const SettingsPatchSchema = SettingsSchema.omit({ printer: true, office: true })
  .partial()
  .extend({ printer: SettingsSchema.shape.printer.partial().optional(), office: SettingsSchema.shape.office.partial().optional() })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

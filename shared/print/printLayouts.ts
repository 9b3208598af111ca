import { SettingsSchema, type Settings } from '../settings/settings';

/** The paper a confirmation is laid out for: A4 sheets, or the 241 mm continuous form (三联单) of dot-matrix printers. */
export type PrintLayout = Settings['printer']['layout'];

/** Every layout, in the order the settings schema lists them. */
export const PRINT_LAYOUTS: readonly PrintLayout[] = SettingsSchema.shape.printer.shape.layout.options;

export interface PaperSize {
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Paper per layout. The continuous form is 241 mm wide (9.5 in with its tractor strips) and one
 * fold long, 11 in = 279.4 mm, the standard fanfold sheet of the market's dot-matrix printers.
 */
export const PAPER_SIZES: Readonly<Record<PrintLayout, PaperSize>> = {
  a4: { widthMm: 210, heightMm: 297 },
  continuous241: { widthMm: 241, heightMm: 279.4 },
};

/** Micrometres, the unit of Electron's `webContents.print({ pageSize })`. */
export function paperSizeMicrons(layout: PrintLayout): { width: number; height: number } {
  const { widthMm, heightMm } = PAPER_SIZES[layout];
  return { width: Math.round(widthMm * 1000), height: Math.round(heightMm * 1000) };
}

/** Inches, the unit of Electron's `webContents.printToPDF({ pageSize })`. */
export function paperSizeInches(layout: PrintLayout): { width: number; height: number } {
  const { widthMm, heightMm } = PAPER_SIZES[layout];
  return { width: widthMm / 25.4, height: heightMm / 25.4 };
}

import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext reads it, with its layout. */
export const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Whitespace-free text: pdftotext may break lines or spread table cells with spaces. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');

/** pdffonts' table of the fonts in a PDF. */
export const pdfFonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' });

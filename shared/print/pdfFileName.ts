/** Characters no file system accepts in a name (Windows is the strictest). */
const FORBIDDEN = new Set('<>:"/\\|?*');

/**
 * The suggested file name of a saved confirmation: the document's name made safe for every file
 * system, with `.pdf`. `成交确认单 ZL-20261120-001` → `成交确认单 ZL-20261120-001.pdf`.
 */
export function pdfFileName(documentName: string): string {
  const replaced = [...documentName].map((char) => (FORBIDDEN.has(char) || char.charCodeAt(0) < 0x20 ? '_' : char)).join('');
  const safe = replaced.replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `${safe || 'confirmation'}.pdf`;
}

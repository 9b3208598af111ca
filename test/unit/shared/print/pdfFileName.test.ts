import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../../shared/print/pdfFileName';

describe('the suggested PDF file name', () => {
  it('is the document name with .pdf', () => {
    expect(pdfFileName('成交确认单 ZL-20261120-001')).toBe('成交确认单 ZL-20261120-001.pdf');
  });

  it('replaces what no file system accepts, and trims trailing dots and spaces', () => {
    expect(pdfFileName('a/b\\c:d*e?f"g<h>i|j\u0007k. ')).toBe('a_b_c_d_e_f_g_h_i_j_k.pdf');
  });

  it('never suggests an empty name', () => {
    expect(pdfFileName(' . ')).toBe('confirmation.pdf');
  });
});

import { describe, expect, it } from 'vitest';
import { paperSizeInches, paperSizeMicrons, PRINT_LAYOUTS } from '../../../../shared/print/printLayouts';
import { PrintReadySchema, PrintRequestSchema } from '../../../../shared/print/printRequest';
import { isPrintHash, parsePrintRoute, printRouteHash, printRouteOf } from '../../../../shared/print/printRoute';

const DEAL_ID = '019a8f00-0000-7000-8000-000000000100';
const JOB = '6f1c2b9e-3f4a-4c5d-8e9f-0a1b2c3d4e5f';

describe('the print route', () => {
  it('writes a request and its job into a hash and reads the same route back', () => {
    const route = printRouteOf({ dealId: DEAL_ID, layout: 'continuous241', mode: 'pdf', language: 'en', copy: true }, JOB);
    const hash = printRouteHash(route);
    expect(hash).toBe(`#/print/confirmation/${DEAL_ID}?layout=continuous241&lang=en&copy=1&job=${JOB}`);
    expect(isPrintHash(hash)).toBe(true);
    expect(parsePrintRoute(hash)).toEqual({ ok: true, route: { dealId: DEAL_ID, layout: 'continuous241', language: 'en', copy: true, job: JOB } });
  });

  it('needs no job to show the document alone', () => {
    const hash = printRouteHash({ dealId: DEAL_ID, layout: 'a4', language: 'zh-CN', copy: false });
    expect(parsePrintRoute(hash)).toEqual({ ok: true, route: { dealId: DEAL_ID, layout: 'a4', language: 'zh-CN', copy: false } });
  });

  it('is not a workstation page', () => {
    expect(isPrintHash('#/deals')).toBe(false);
    expect(isPrintHash('')).toBe(false);
  });

  it.each([
    ['not a print route', '#/deals', 'is not a print route'],
    ['a deal id that is not a UUIDv7', '#/print/confirmation/123?layout=a4&lang=zh-CN&copy=0', 'dealId: not a UUIDv7 id'],
    ['an unknown layout', `#/print/confirmation/${DEAL_ID}?layout=a3&lang=zh-CN&copy=0`, 'layout: Invalid option'],
    ['an unknown language', `#/print/confirmation/${DEAL_ID}?layout=a4&lang=fr&copy=0`, 'language: Invalid option'],
    ['a missing copy flag', `#/print/confirmation/${DEAL_ID}?layout=a4&lang=en`, 'copy: Invalid input'],
    ['a copy flag that is not 0 or 1', `#/print/confirmation/${DEAL_ID}?layout=a4&lang=en&copy=yes`, 'copy: Invalid input'],
    ['a job that is not a uuid', `#/print/confirmation/${DEAL_ID}?layout=a4&lang=en&copy=0&job=x`, 'job: Invalid UUID'],
  ])('refuses %s, naming the part', (_case, hash, problem) => {
    const parsed = parsePrintRoute(hash);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(problem);
  });
});

describe('the print request and the ready signal', () => {
  const request = { dealId: DEAL_ID, layout: 'a4', mode: 'dialog', language: 'zh-CN', copy: false };

  it('accept what the print button sends and the print page answers', () => {
    expect(PrintRequestSchema.parse(request)).toEqual(request);
    expect(PrintReadySchema.parse({ job: JOB, status: 'ready', documentName: '成交确认单 ZL-20261120-001' }).status).toBe('ready');
    expect(PrintReadySchema.parse({ job: JOB, status: 'failed', message: 'no such deal' }).status).toBe('failed');
  });

  it.each([
    ['an unknown mode', { ...request, mode: 'fax' }],
    ['an unknown layout', { ...request, layout: 'letter' }],
    ['a missing copy flag', { ...request, copy: undefined }],
    ['an extra field', { ...request, printer: 'x' }],
  ])('refuse %s', (_case, value) => {
    expect(PrintRequestSchema.safeParse(value).success).toBe(false);
  });
});

describe('paper sizes', () => {
  it('are A4 and the 241 mm continuous form, in the units Electron wants', () => {
    expect(PRINT_LAYOUTS).toEqual(['a4', 'continuous241']);
    expect(paperSizeMicrons('a4')).toEqual({ width: 210_000, height: 297_000 });
    expect(paperSizeMicrons('continuous241')).toEqual({ width: 241_000, height: 279_400 });
    expect(paperSizeInches('continuous241').width).toBeCloseTo(9.488, 3);
    expect(paperSizeInches('continuous241').height).toBeCloseTo(11, 6);
  });
});

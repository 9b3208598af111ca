import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Customer, Deal } from '../../shared/model';
import { confirmationDocument, type ConfirmationDocument } from '../../shared/print/confirmationDocument';
import type { PrintLayout } from '../../shared/print/printLayouts';
import { printRouteHash } from '../../shared/print/printRoute';
import type { Language } from '../../shared/settings/settings';
import { launchProfile, type ChromiumProfile } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/staticServer';

// Issue 5: the confirmation of a demo deal printed to PDF by Chromium, read back with poppler.
const OUT = 'test-results/print';

let server: StaticServer;
let profile: ChromiumProfile;
let deal: Deal;
let expected: ConfirmationDocument;

type Stored<T> = T & { meta?: unknown };
const withoutMeta = <T,>({ meta: _meta, ...record }: Stored<T>): T => record as T;

/** Records of the demo book, read in the page straight from its IndexedDB (the app's own database). */
async function readDemoRecords(page: Page): Promise<{ deals: Stored<Deal>[]; customers: Stored<Customer>[]; contacts: Stored<Contact>[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('steeldesk-demo');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const read = (store: string) =>
            new Promise<unknown[]>((ok, fail) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => ok(request.result);
              request.onerror = () => fail(request.error);
            });
          Promise.all([read('deals'), read('customers'), read('contacts')]).then(([deals, customers, contacts]) => {
            db.close();
            resolve({ deals, customers, contacts } as never);
          }, reject);
        };
      }),
  );
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serveStatic('out/renderer');
  profile = await launchProfile();
  const page = await profile.context.newPage();
  await page.goto(server.url + '/');
  await page.getByRole('button', { name: '载入演示账本' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 90_000 });
  await page.getByTestId('demo-banner').waitFor();

  // A deal with several lines makes the most of the table; the first such confirmed deal is as good as any.
  const records = await readDemoRecords(page);
  const candidates = records.deals.filter((d) => d.status !== 'cancelled').sort((a, b) => b.lines.length - a.lines.length || a.number.localeCompare(b.number));
  deal = withoutMeta(candidates[0]!);
  const customers = new Map(records.customers.map((c) => [c.id, withoutMeta(c)]));
  expected = confirmationDocument({
    deal,
    buyer: customers.get(deal.buyerId)!,
    seller: customers.get(deal.sellerId)!,
    contacts: records.contacts.map(withoutMeta),
    copy: false,
  });
  await page.close();
}, 180_000);

afterAll(async () => {
  await profile?.close();
  await server?.close();
});

/** Opens the print route of the deal in a new tab, waits until it says it is ready, and prints it to PDF. */
async function printToPdf(layout: PrintLayout, language: Language, copy: boolean): Promise<string> {
  const page = await profile.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(server.url + '/' + printRouteHash({ dealId: deal.id, layout, language, copy }));
    await page.locator('[data-testid="confirmation"][data-print-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('navigation').count()).toBe(0);
    const path = `${OUT}/confirmation-${layout}-${language}${copy ? '-copy' : ''}.pdf`;
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    expect(errors).toEqual([]);
    return path;
  } finally {
    await page.close();
  }
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
/** Whitespace-free text: pdftotext may break lines or spread table cells with spaces. */
const squeezed = (text: string) => text.replace(/\s+/g, '');
const pdfFonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' });
/** Page size in points from pdfinfo, e.g. `595.276 x 841.89 pts (A4)`. */
function pageSizePoints(path: string): { width: number; height: number } {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  if (!match) throw new Error(`pdfinfo gave no page size for ${path}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}
const mmToPoints = (mm: number) => (mm / 25.4) * 72;

describe('the printed confirmation in Chromium', () => {
  it.each([
    ['a4', 210, 297],
    ['continuous241', 241, 279.4],
  ] as const)('on %s: number, parties, total and 大写 amount in the PDF, on the right paper', async (layout, widthMm, heightMm) => {
    const path = await printToPdf(layout, 'zh-CN', false);
    const text = squeezed(pdfText(path));
    expect(text).toContain('成交确认单');
    expect(text).toContain(expected.number);
    expect(text).toContain(squeezed(expected.buyer.name));
    expect(text).toContain(squeezed(expected.seller.name));
    expect(text).toContain(`¥${expected.totals.amount}`);
    expect(text).toContain(expected.totals.amountInWords);
    expect(text).not.toContain('COPY');
    const size = pageSizePoints(path);
    expect(size.width).toBeCloseTo(mmToPoints(widthMm), 0);
    expect(size.height).toBeCloseTo(mmToPoints(heightMm), 0);
  });

  it('embeds every font, the bundled Chinese font (Noto Sans SC) among them', async () => {
    const fonts = pdfFonts(await printToPdf('a4', 'zh-CN', false));
    // pdffonts: a header of two lines, then one line per font: name type encoding emb sub uni object ID.
    const lines = fonts.trim().split('\n').slice(2);
    const embedded = (line: string) => /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line)?.[1] === 'yes';
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !embedded(line))).toEqual([]);
    expect(lines.some((line) => /NotoSansSC/i.test(line))).toBe(true);
    // The bundled subset has every character of the document except Greek Φ (round bar specs): without
    // one, no system font is needed at all.
    if (!/[Φφ]/.test(deal.lines.map((line) => line.spec.text).join(''))) {
      expect(lines.filter((line) => !/NotoSansSC/i.test(line))).toEqual([]);
    }
  });

  it('prints a reprint in English on the continuous form, marked COPY, with the 大写 amount', async () => {
    const path = await printToPdf('continuous241', 'en', true);
    const text = squeezed(pdfText(path));
    expect(text).toContain('Dealconfirmation');
    expect(text).toContain('COPY');
    expect(text).toContain(expected.number);
    expect(text).toContain(`¥${expected.totals.amount}`);
    expect(text).toContain(expected.totals.amountInWords);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Customer, Deal } from '../../shared/model';
import { confirmationDocument, type ConfirmationDocument } from '../../shared/print/confirmationDocument';
import type { PrintLayout } from '../../shared/print/printLayouts';
import type { Language } from '../../shared/settings/settings';
import { launchProfile, type ChromiumProfile } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/staticServer';
import { pdfFonts, pdfText, squeezed } from './support/pdfText';
import { printConfirmationPdf } from './support/printConfirmationPdf';
import { readStoredRecords, withoutMeta, type Stored } from './support/storedRecords';

// Issue 5: the confirmation of a demo deal printed to PDF by Chromium, read back with poppler.
const OUT = 'test-results/print';

let server: StaticServer;
let profile: ChromiumProfile;
let deal: Deal;
let expected: ConfirmationDocument;

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
  const records = (await readStoredRecords(page, 'steeldesk-demo', ['deals', 'customers', 'contacts'])) as {
    deals: Stored<Deal>[];
    customers: Stored<Customer>[];
    contacts: Stored<Contact>[];
  };
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

/** The deal's confirmation printed to PDF by Chromium, on this paper, in this language. */
const printToPdf = (layout: PrintLayout, language: Language, copy: boolean) =>
  printConfirmationPdf(profile.context, server.url, { dealId: deal.id, layout, language, copy }, `${OUT}/confirmation-${layout}-${language}${copy ? '-copy' : ''}.pdf`);

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

import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { printRouteHash, type PrintRoute } from '../../../shared/print/printRoute';

/**
 * Opens a deal's print route of the web build at `appUrl` in a new tab of `context`, waits until the
 * page says it is ready (laid out, fonts loaded), checks it shows the document alone, and prints it
 * to a PDF at `path` as the print dialog would.
 */
export async function printConfirmationPdf(context: BrowserContext, appUrl: string, route: PrintRoute, path: string): Promise<string> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(appUrl + '/' + printRouteHash(route));
    await page.locator('[data-testid="confirmation"][data-print-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    expect(errors).toEqual([]);
    return path;
  } finally {
    await page.close();
  }
}

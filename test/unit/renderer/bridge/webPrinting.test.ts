import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge } from '../../../../renderer/src/bridge/webBridge';
import type { SteelDeskApi } from '../../../../shared/ipc/steelDeskApi';
import { parsePrintRoute } from '../../../../shared/print/printRoute';
import { FakeOrigin, type FakeTab } from '../features/print/support/fakeBrowserPrinting';

const DEAL_ID = '019a8f00-0000-7000-8000-000000000100';

describe('printing in a browser (the web bridge)', () => {
  let origin: FakeOrigin;
  let opener: SteelDeskApi;
  let printTab: FakeTab;
  let printPage: SteelDeskApi;

  const bridge = (printing: FakeTab) =>
    createWebBridge({ storage: localStorage, window: { open: vi.fn(() => null), addEventListener: window.addEventListener.bind(window) }, fetch: () => Promise.reject(new Error('no hub in this test')), version: '1', platform: 'x', printing });

  beforeEach(() => {
    origin = new FakeOrigin();
    opener = bridge(origin.tab());
    printTab = origin.tab();
    printPage = bridge(printTab);
  });

  afterEach(() => vi.useRealTimers());

  const request = { dealId: DEAL_ID, layout: 'continuous241', mode: 'pdf', language: 'en', copy: true } as const;
  const openedJob = (): string => {
    const parsed = parsePrintRoute(origin.opened.at(-1)!);
    if (!parsed.ok || parsed.route.job === undefined) throw new Error(`no job in ${origin.opened.at(-1)}`);
    return parsed.route.job;
  };

  it('opens the print route of the deal in a new tab, with a job', async () => {
    void opener.print.confirmation(request);
    expect(origin.opened).toHaveLength(1);
    const parsed = parsePrintRoute(origin.opened[0]!);
    expect(parsed).toMatchObject({ ok: true, route: { dealId: DEAL_ID, layout: 'continuous241', language: 'en', copy: true } });
  });

  it('prints in the tab once its page is ready, closes it, and answers the opener', async () => {
    const printing = opener.print.confirmation(request);
    await expect(printPage.print.ready({ job: openedJob(), status: 'ready', documentName: 'Confirmation ZL-1' })).resolves.toBeNull();
    expect(printTab.printThisPage).toHaveBeenCalledOnce();
    expect(printTab.closeThisPage).toHaveBeenCalledOnce();
    await expect(printing).resolves.toEqual({ status: 'printed' });
  });

  it('passes on the page\'s failure, without printing', async () => {
    const printing = opener.print.confirmation(request);
    await printPage.print.ready({ job: openedJob(), status: 'failed', message: 'no such deal' });
    await expect(printing).rejects.toThrow('print: no such deal');
    expect(printTab.printThisPage).not.toHaveBeenCalled();
  });

  it('ignores the word of another job', async () => {
    vi.useFakeTimers();
    const printing = opener.print.confirmation(request);
    const outcome = expect(printing).rejects.toThrow('print: the print tab was not ready after 30 s');
    await printPage.print.ready({ job: '6f1c2b9e-3f4a-4c5d-8e9f-0a1b2c3d4e5f', status: 'failed', message: 'other job' });
    await vi.advanceTimersByTimeAsync(30_000);
    await outcome;
  });

  it('says so when the browser blocks the tab', async () => {
    origin.popupsAllowed = false;
    await expect(opener.print.confirmation(request)).rejects.toThrow('print: the browser blocked the print tab; allow pop-ups for this site');
  });

  it('refuses bad arguments, as main does', async () => {
    await expect(opener.print.confirmation({ ...request, mode: 'fax' } as never)).rejects.toThrow('print.confirmation: invalid arguments: args[0].mode');
    expect(origin.opened).toEqual([]);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Book } from '../../../../../renderer/src/data';
import type { OnSyncProgress, SyncServices } from '../../../../../renderer/src/features/sync/syncServices';
import type { SignalledFetch } from '../../../../../shared/ipc/timedHubFetch';
import type { SyncReport } from '../../../../../shared/sync/syncReport';
import { renderApp } from '../../app/support/renderApp';
import { testWorld, type TestWorld } from '../../app/support/testServices';

const HUB = 'http://192.168.1.20:8787';
const HUB_IDENTITY = { id: 'hub-1', epoch: 0 };

interface HubCall {
  url: string;
  body: Record<string, unknown>;
}

/** A hub that answers /v1/pair with `reply` and records what it was sent. */
function pairingHub(reply: { status: number; body: unknown }): { fetch: SignalledFetch; calls: HubCall[] } {
  const calls: HubCall[] = [];
  const fetch: SignalledFetch = async (url, init) => {
    calls.push({ url, body: JSON.parse(init.body) as Record<string, unknown> });
    return { status: reply.status, text: async () => JSON.stringify(reply.body) };
  };
  return { fetch, calls };
}

const PAIRED = { status: 201, body: { hub: HUB_IDENTITY, deviceId: 'ignored', token: 'device.secret', account: { role: 'broker', brokerId: 'zhang' }, nextSeq: 1 } };

function fillPairingForm({ hubUrl = HUB, code = 'abcd 2345', deviceName = '张磊的笔记本' } = {}): void {
  fireEvent.change(screen.getByLabelText('服务器地址'), { target: { value: hubUrl } });
  fireEvent.change(screen.getByLabelText('配对码'), { target: { value: code } });
  fireEvent.change(screen.getByLabelText('本机名称'), { target: { value: deviceName } });
  fireEvent.click(screen.getByRole('button', { name: '配对' }));
}

async function withBook<T>(world: TestWorld, read: (book: Book) => Promise<T>): Promise<T> {
  const book = await world.open('main');
  try {
    return await read(book);
  } finally {
    book.close();
  }
}

async function pairedWorld(sync: Partial<SyncServices> = {}): Promise<TestWorld> {
  const world = testWorld({ hubFetch: pairingHub(PAIRED).fetch, sync });
  await renderApp(world, '#/sync');
  await screen.findByRole('button', { name: '配对' });
  fillPairingForm();
  await screen.findByText('已配对');
  return world;
}

const REPORT: SyncReport = {
  startedAt: '2026-11-23T09:00:00.000Z',
  finishedAt: '2026-11-23T09:00:05.000Z',
  outcome: 'ok',
  pushed: 3,
  duplicates: 1,
  conflicts: 2,
  rejected: [{ seq: 7, table: 'customers', recordId: 'c-9', reason: 'customers.brokerId: only the office reassigns a customer' }],
  pulled: 5,
  pulledByTable: { offers: 4, customers: 1 },
};

afterEach(() => vi.restoreAllMocks());

describe('the Sync page', () => {
  it('pairs through the form: forgiving code, the book’s device id, and the book linked to the hub', async () => {
    const hub = pairingHub(PAIRED);
    const world = testWorld({ hubFetch: hub.fetch, settings: { brokerName: '张磊' } });
    await renderApp(world, '#/sync');
    expect(((await screen.findByLabelText('本机名称')) as HTMLInputElement).value).toBe('张磊');
    fillPairingForm({ code: ' abcd-2345 ' });

    await screen.findByText('已配对');
    expect(screen.getByTestId('hub-url').textContent).toBe(HUB);
    expect(screen.getByTestId('paired-as').textContent).toContain('业务员 zhang');
    const deviceId = await withBook(world, async (book) => book.deviceId);
    expect(hub.calls).toEqual([{ url: `${HUB}/v1/pair`, body: { schemaVersion: expect.any(Number), code: 'ABCD2345', deviceId, deviceName: '张磊的笔记本' } }]);
    expect(await withBook(world, (book) => book.sync.link())).toEqual({ hub: HUB_IDENTITY, account: { role: 'broker', brokerId: 'zhang' } });
    expect(world.settings.current.hubUrl).toBe(HUB);
  });

  it('says what is wrong with the form before anything is sent', async () => {
    const hub = pairingHub(PAIRED);
    await renderApp(testWorld({ hubFetch: hub.fetch }), '#/sync');
    await screen.findByRole('button', { name: '配对' });
    fillPairingForm({ hubUrl: '192.168.1.20', code: 'ABC', deviceName: '  ' });

    expect(await screen.findByText('请填写以 http:// 或 https:// 开头的完整地址')).toBeTruthy();
    expect(screen.getByText('配对码是 8 位字母和数字')).toBeTruthy();
    expect(screen.getByText('请填写本机名称（最多 80 个字）')).toBeTruthy();
    expect(hub.calls).toEqual([]);
  });

  it.each([
    [
      'a used or expired code',
      { status: 401, body: { error: { code: 'unauthorized', message: 'pairing code expired: ask the office for a new one', path: 'code' } } },
      `${HUB} 不接受这个配对码`,
      'pairing code expired',
    ],
    [
      'a device still paired',
      { status: 409, body: { error: { code: 'device_conflict', message: 'device x is already paired', path: 'deviceId' } } },
      `${HUB} 上本机仍处于配对状态`,
      'device x is already paired',
    ],
  ])('explains %s with the hub’s address and its words, and keeps what was typed', async (_case, reply, explanation, detail) => {
    const world = testWorld({ hubFetch: pairingHub(reply).fetch });
    await renderApp(world, '#/sync');
    await screen.findByRole('button', { name: '配对' });
    fillPairingForm();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(explanation);
    expect(alert.textContent).toContain(detail);
    expect((screen.getByLabelText('配对码') as HTMLInputElement).value).toBe('abcd 2345');
    expect(screen.getByText('未配对')).toBeTruthy();
    expect(await withBook(world, (book) => book.sync.link())).toBeUndefined();
  });

  it('says where it could not reach the hub', async () => {
    await renderApp(testWorld(), '#/sync');
    await screen.findByRole('button', { name: '配对' });
    fillPairingForm();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`连不上 ${HUB}`);
    expect(alert.textContent).toContain(`office hub ${HUB}/v1/pair did not answer: Failed to fetch`);
  });

  it('syncs with one button, shows up and down progress, then the report of what happened', async () => {
    let finish: () => void = () => undefined;
    const syncBook = vi.fn(async (book: Book, onProgress: OnSyncProgress) => {
      onProgress({ phase: 'pushing', upDone: 2, upTotal: 3, downDone: 0 });
      onProgress({ phase: 'pulling', upDone: 3, upTotal: 3, downDone: 1, downTotal: 5 });
      await new Promise<void>((resolve) => (finish = resolve));
      await book.sync.saveReport(REPORT);
      return REPORT;
    });
    await pairedWorld({ syncBook });
    expect(screen.getByText('还没有同步过。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '同步' }));

    const progress = await screen.findByTestId('sync-progress');
    expect(within(progress).getByText('正在下载')).toBeTruthy();
    expect(within(progress).getByRole('progressbar', { name: '上传 3 / 3' }).getAttribute('aria-valuenow')).toBe('3');
    expect(within(progress).getByRole('progressbar', { name: '下载 1 / 5' }).getAttribute('aria-valuemax')).toBe('5');
    expect((screen.getByRole('button', { name: '正在同步…' }) as HTMLButtonElement).disabled).toBe(true);
    finish();

    const report = await screen.findByTestId('sync-report');
    await waitFor(() => expect(screen.queryByTestId('sync-progress')).toBeNull());
    expect(within(report).getByText('同步成功')).toBeTruthy();
    expect(within(within(report).getByRole('group', { name: '上传修改' })).getByText('3')).toBeTruthy();
    expect(within(within(report).getByRole('group', { name: '被更新的值覆盖' })).getByText('2')).toBeTruthy();
    expect(within(within(report).getByRole('group', { name: '下载修改' })).getByText('5')).toBeTruthy();
    expect(within(report).getByRole('list', { name: '下载明细' }).textContent).toContain('货源: 4');
    expect(within(report).getByTestId('sync-rejected').textContent).toBe('客户 c-9（第 7 条）：customers.brokerId: only the office reassigns a customer');
    expect(syncBook).toHaveBeenCalledOnce();
  });

  it('says clearly that the hub could not be reached, and that nothing was lost', async () => {
    const failed: SyncReport = { ...REPORT, outcome: 'failed', pushed: 0, duplicates: 0, conflicts: 0, rejected: [], pulled: 0, pulledByTable: {}, error: { code: 'hub_unreachable', message: 'no reply after 6 attempts' } };
    await pairedWorld({
      syncBook: async (book) => {
        await book.sync.saveReport(failed);
        return failed;
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '同步' }));
    const failure = await screen.findByTestId('sync-failure');
    expect(failure.textContent).toContain(`连不上公司服务器 ${HUB}`);
    expect(failure.textContent).toContain('修改都保存在本机');
    expect(failure.textContent).toContain('no reply after 6 attempts');
    expect(screen.getByText('同步未完成')).toBeTruthy();
  });

  it('warns when the computer is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await pairedWorld();
    expect((await screen.findByTestId('sync-offline')).textContent).toBe('本机当前没有网络连接：修改都保存在本机，联网后再同步。');
  });

  it('unpairs: the workstation and the book forget the hub, the pairing form comes back', async () => {
    const world = await pairedWorld();
    fireEvent.click(screen.getByRole('button', { name: '解除配对' }));
    await screen.findByRole('button', { name: '配对' });
    expect(await world.services.sync.hub.pairing()).toEqual({ paired: false });
    expect(await withBook(world, (book) => book.sync.link())).toBeUndefined();
  });

  it('never offers pairing or syncing for the demo book', async () => {
    await renderApp(testWorld({ settings: { activeBook: 'demo' } }), '#/sync');
    expect(await screen.findByText('演示账本不会同步。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '配对' })).toBeNull();
    expect(screen.queryByRole('button', { name: '同步' })).toBeNull();
  });
});

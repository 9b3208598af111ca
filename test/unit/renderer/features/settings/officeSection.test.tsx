import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SteelDeskApi } from '../../../../../renderer/src/bridge/api';
import type { OfficeStatus } from '../../../../../shared/ipc/officeStatus';
import type { DeviceSummary } from '../../../../../shared/sync/admin';
import { renderApp } from '../../app/support/renderApp';
import { testWorld } from '../../app/support/testServices';

const RUNNING: OfficeStatus = { state: 'running', url: 'http://127.0.0.1:8787', lanUrls: ['http://192.168.1.20:8787'], hub: { id: 'hub-1', epoch: 0 }, storage: '/data/office-hub' };
const LAPTOP: DeviceSummary = { id: 'laptop-1', name: '张磊的笔记本', account: { role: 'broker', brokerId: 'zhang' }, nextSeq: 1, pairedAtMs: 0, lastSeenAtMs: null, revokedAtMs: null };

/** Office mode as main answers it, in memory. */
function fakeOffice(status: OfficeStatus) {
  let devices = [LAPTOP];
  const listeners = new Set<(status: OfficeStatus) => void>();
  const office = {
    status: vi.fn(async () => status),
    onStatusChanged: (listener: (status: OfficeStatus) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    createBroker: vi.fn(async (request: { id?: string; name: string; prefix: string }) => ({ id: request.id ?? 'generated', name: request.name, prefix: request.prefix })),
    createPairingCode: vi.fn(async (account: never) => ({ code: 'K7QM-4PZX', expiresAtMs: Date.parse('2026-11-23T02:15:00Z'), account })),
    devices: vi.fn(async () => devices),
    revokeDevice: vi.fn(async (id: string) => {
      devices = devices.map((device) => (device.id === id ? { ...device, revokedAtMs: 1 } : device));
      return devices[0]!;
    }),
  };
  return { office: office as unknown as SteelDeskApi['office'] & typeof office, emit: (next: OfficeStatus) => listeners.forEach((listener) => listener(next)) };
}

function section(): HTMLElement {
  return screen.getByRole('region', { name: '公司服务器（办公室模式）' });
}

describe('the office mode section of Settings', () => {
  it('in the browser says office mode needs the desktop app, and cannot be switched on', async () => {
    await renderApp(testWorld(), '#/settings');
    expect((await screen.findByTestId('office-status')).textContent).toBe('办公室模式只能在桌面版中使用。');
    expect(within(section()).getByLabelText('在本机运行公司服务器').matches(':disabled')).toBe(true);
    expect(within(section()).getByRole('button', { name: '保存办公室模式设置' }).matches(':disabled')).toBe(true);
  });

  it('saves office mode, refusing a port out of range', async () => {
    const world = testWorld({ sync: { office: fakeOffice({ state: 'off' }).office } });
    await renderApp(world, '#/settings');
    expect((await screen.findByTestId('office-status')).textContent).toBe('未运行');
    const inSection = within(section());
    fireEvent.click(inSection.getByLabelText('在本机运行公司服务器'));
    fireEvent.change(inSection.getByLabelText('端口'), { target: { value: '80' } });
    fireEvent.click(inSection.getByRole('button', { name: '保存办公室模式设置' }));
    expect(await inSection.findByText('端口须为 1024–65535 的整数')).toBeTruthy();
    expect(world.settings.current.office.enabled).toBe(false);

    fireEvent.change(inSection.getByLabelText('端口'), { target: { value: '9000' } });
    fireEvent.click(inSection.getByLabelText('允许办公室网络中的笔记本连接（否则只有本机可以连接）'));
    fireEvent.click(inSection.getByRole('button', { name: '保存办公室模式设置' }));
    await inSection.findByText('已保存');
    expect(world.settings.current.office).toEqual({ enabled: true, port: 9000, openToNetwork: true });
  });

  it('follows the hub’s status and shows why it failed', async () => {
    const { office, emit } = fakeOffice({ state: 'starting' });
    await renderApp(testWorld({ sync: { office } }), '#/settings');
    expect((await screen.findByTestId('office-status')).textContent).toBe('正在启动…');
    act(() => emit({ state: 'failed', error: 'the office hub could not start on 127.0.0.1 port 8787: listen EADDRINUSE' }));
    expect(screen.getByTestId('office-status').textContent).toBe('启动失败：the office hub could not start on 127.0.0.1 port 8787: listen EADDRINUSE');
    expect(screen.getByTestId('office-status').getAttribute('role')).toBe('alert');
  });

  it('while running: creates a broker, makes a pairing code for them, lists and revokes devices', async () => {
    const { office } = fakeOffice(RUNNING);
    await renderApp(testWorld({ sync: { office } }), '#/settings');
    expect((await screen.findByTestId('office-status')).textContent).toBe('运行中：http://127.0.0.1:8787');
    expect(screen.getByText('笔记本填写的服务器地址：http://192.168.1.20:8787')).toBeTruthy();
    // The list is there at once; its rows come when the hub's device list answers.
    const devices = await screen.findByTestId('office-devices');
    await waitFor(() => expect(devices.textContent).toContain('张磊的笔记本（laptop-1），业务员 zhang · 还没有同步过'));

    const brokerForm = within(screen.getByRole('form', { name: '新业务员账号' }));
    fireEvent.change(brokerForm.getByLabelText('业务员编号'), { target: { value: 'li' } });
    fireEvent.change(brokerForm.getByLabelText('姓名'), { target: { value: '李娜' } });
    fireEvent.change(brokerForm.getByLabelText('成交单号前缀'), { target: { value: 'ln' } });
    fireEvent.click(brokerForm.getByRole('button', { name: '创建账号' }));
    expect(await screen.findByText('已创建业务员 李娜（li）')).toBeTruthy();
    expect(office.createBroker).toHaveBeenCalledExactlyOnceWith({ id: 'li', name: '李娜', prefix: 'LN' });

    fireEvent.click(screen.getByRole('button', { name: '生成配对码' }));
    expect((await screen.findByTestId('office-pairing-code')).textContent).toBe('配对码 K7QM-4PZX，2026-11-23 10:15 前有效，只能用一次');
    expect(office.createPairingCode).toHaveBeenCalledExactlyOnceWith({ role: 'broker', brokerId: 'li' });

    fireEvent.click(screen.getByRole('button', { name: '撤销 张磊的笔记本' }));
    expect(await within(devices).findByText('已撤销')).toBeTruthy();
    expect(office.revokeDevice).toHaveBeenCalledExactlyOnceWith('laptop-1');
  });

  it('shows the hub’s refusal', async () => {
    const { office } = fakeOffice(RUNNING);
    office.createPairingCode.mockRejectedValueOnce(new Error('office hub http://127.0.0.1:8787 refused POST /pairing-codes: no broker nobody: create the broker account first (at brokerId)'));
    await renderApp(testWorld({ sync: { office } }), '#/settings');
    await screen.findByTestId('office-devices');
    fireEvent.click(screen.getByRole('button', { name: '生成配对码' }));
    expect(await screen.findByText(/操作失败：office hub http:\/\/127\.0\.0\.1:8787 refused POST \/pairing-codes: no broker nobody/)).toBeTruthy();
  });
});

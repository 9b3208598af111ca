import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceAccount } from '../../../../shared/sync/device';
import type { DeviceSummary, PairingCodeReply } from '../../../../shared/sync/admin';
import { useServices } from '../../app/ServicesContext';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { marketDateTime } from '../../ui/format/marketTime';
import { SelectField } from '../../ui/SelectField';

/**
 * The office's administration of its running hub: broker accounts, one-time pairing codes, and the
 * paired devices (a lost or replaced laptop is revoked here). Every refusal shows the hub's reason.
 */
export function OfficeAdmin() {
  const { t } = useTranslation();
  const { sync } = useServices();
  const [broker, setBroker] = useState({ id: '', name: '', prefix: '' });
  const [codeFor, setCodeFor] = useState<{ role: DeviceAccount['role']; brokerId: string }>({ role: 'broker', brokerId: '' });
  const [code, setCode] = useState<PairingCodeReply>();
  const [devices, setDevices] = useState<DeviceSummary[]>();
  const [notice, setNotice] = useState<string>();

  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      setNotice(undefined);
      try {
        await work();
      } catch (error) {
        setNotice(t('settings.office.failed', { message: errorMessage(error) }));
      }
    },
    [t],
  );
  const refresh = useCallback(() => attempt(async () => setDevices(await sync.office.devices())), [attempt, sync]);
  useEffect(() => {
    let live = true;
    sync.office.devices().then(
      (listed) => live && setDevices(listed),
      (error: unknown) => live && setNotice(t('settings.office.failed', { message: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [sync, t]);

  const createBroker = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      const created = await sync.office.createBroker({ ...(broker.id.trim() && { id: broker.id.trim() }), name: broker.name, prefix: broker.prefix });
      setNotice(t('settings.office.brokers.created', { name: created.name, id: created.id }));
      setCodeFor({ role: 'broker', brokerId: created.id });
    });
  };
  const createCode = (event: FormEvent) => {
    event.preventDefault();
    const account: DeviceAccount = codeFor.role === 'office' ? { role: 'office' } : { role: 'broker', brokerId: codeFor.brokerId.trim() };
    void attempt(async () => setCode(await sync.office.createPairingCode(account)));
  };
  const revoke = (deviceId: string) => void attempt(async () => {
    await sync.office.revokeDevice(deviceId);
    setDevices(await sync.office.devices());
  });
  const accountText = (account: DeviceAccount) => (account.role === 'broker' ? t('sync.account.broker', { id: account.brokerId }) : t('sync.account.office'));

  return (
    <div className="sd-settings__office">
      {notice && <p role="status">{notice}</p>}
      <form onSubmit={createBroker} aria-labelledby="office-brokers" noValidate>
        <h3 id="office-brokers">{t('settings.office.brokers.heading')}</h3>
        <Field label={t('settings.office.brokers.id')} hint={t('settings.office.brokers.idHint')}>
          {(control) => <input {...control} value={broker.id} onChange={(e) => setBroker({ ...broker, id: e.target.value })} />}
        </Field>
        <Field label={t('settings.office.brokers.name')}>
          {(control) => <input {...control} value={broker.name} onChange={(e) => setBroker({ ...broker, name: e.target.value })} />}
        </Field>
        <Field label={t('settings.office.brokers.prefix')}>
          {(control) => <input {...control} value={broker.prefix} onChange={(e) => setBroker({ ...broker, prefix: e.target.value.toUpperCase() })} />}
        </Field>
        <Button type="submit">{t('settings.office.brokers.create')}</Button>
      </form>

      <form onSubmit={createCode} aria-labelledby="office-codes" noValidate>
        <h3 id="office-codes">{t('settings.office.codes.heading')}</h3>
        <SelectField
          label={t('settings.office.codes.role')}
          value={codeFor.role}
          options={(['broker', 'office'] as const).map((role) => ({ value: role, label: t(`settings.office.codes.${role}`) }))}
          onChange={(role) => setCodeFor({ ...codeFor, role })}
        />
        {codeFor.role === 'broker' && (
          <Field label={t('settings.office.codes.brokerId')}>
            {(control) => <input {...control} value={codeFor.brokerId} onChange={(e) => setCodeFor({ ...codeFor, brokerId: e.target.value })} />}
          </Field>
        )}
        <Button type="submit">{t('settings.office.codes.create')}</Button>
        {code && (
          <p data-testid="office-pairing-code">{t('settings.office.codes.code', { code: code.code, until: marketDateTime(new Date(code.expiresAtMs)) })}</p>
        )}
      </form>

      <section aria-labelledby="office-devices">
        <h3 id="office-devices">
          {t('settings.office.devices.heading')} <Button onClick={() => void refresh()}>{t('settings.office.devices.refresh')}</Button>
        </h3>
        {devices?.length === 0 && <p>{t('settings.office.devices.none')}</p>}
        <ul data-testid="office-devices">
          {devices?.map((device) => (
            <li key={device.id}>
              {t('settings.office.devices.row', { name: device.name, id: device.id, account: accountText(device.account) })}
              {' · '}
              {device.lastSeenAtMs === null ? t('settings.office.devices.neverSeen') : t('settings.office.devices.lastSeen', { at: marketDateTime(new Date(device.lastSeenAtMs)) })}{' '}
              {device.revokedAtMs === null ? (
                <Button variant="danger" onClick={() => revoke(device.id)} aria-label={`${t('settings.office.devices.revoke')} ${device.name}`}>
                  {t('settings.office.devices.revoke')}
                </Button>
              ) : (
                <Badge tone="neutral">{t('settings.office.devices.revoked')}</Badge>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

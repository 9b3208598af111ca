import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsSchema } from '../../../../shared/settings/settings';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { OfficeAdmin } from './OfficeAdmin';
import { useOfficeStatus } from './useOfficeStatus';

const PortSchema = SettingsSchema.shape.office.shape.port;

/**
 * Office mode: whether this workstation runs the office hub, on which port and for whom (this
 * computer or the office network), its status, and, while it runs, the office's administration.
 */
export function OfficeSection() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const status = useOfficeStatus();
  const [draft, setDraft] = useState({ ...settings.office, port: String(settings.office.port) });
  const [portError, setPortError] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const unavailable = status?.state === 'unavailable';

  async function save(event: FormEvent) {
    event.preventDefault();
    const port = PortSchema.safeParse(Number(draft.port));
    setPortError(!port.success);
    if (!port.success) return setOutcome(undefined);
    try {
      await update({ office: { enabled: draft.enabled, port: port.data, openToNetwork: draft.openToNetwork } });
      setOutcome(t('common.saved'));
    } catch (error) {
      setOutcome(t('settings.saveFailed', { message: errorMessage(error) }));
    }
  }

  return (
    <section className="sd-settings__section" aria-labelledby="settings-office">
      <h2 id="settings-office">{t('settings.office.heading')}</h2>
      <p>{t('settings.office.intro')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset disabled={unavailable} className="sd-settings__fieldset">
          <label>
            <input type="checkbox" checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} /> {t('settings.office.enabled')}
          </label>
          <Field label={t('settings.office.port')} hint={t('settings.office.portHint')} error={portError ? t('settings.office.invalidPort') : undefined}>
            {(control) => <input {...control} type="number" min={1024} max={65535} value={draft.port} onChange={(e) => setDraft({ ...draft, port: e.target.value })} />}
          </Field>
          <label>
            <input type="checkbox" checked={draft.openToNetwork} onChange={(e) => setDraft({ ...draft, openToNetwork: e.target.checked })} />{' '}
            {t('settings.office.openToNetwork')}
          </label>
          <div className="sd-settings__buttons">
            <Button type="submit" variant="primary">
              {t('settings.office.save')}
            </Button>
            {outcome && <span role="status">{outcome}</span>}
          </div>
        </fieldset>
      </form>
      {status && (
        <p data-testid="office-status" role={status.state === 'failed' ? 'alert' : undefined}>
          {status.state === 'running' && t('settings.office.status.running', { url: status.url })}
          {status.state === 'failed' && t('settings.office.status.failed', { error: status.error })}
          {status.state !== 'running' && status.state !== 'failed' && t(`settings.office.status.${status.state}`)}
        </p>
      )}
      {status?.state === 'running' && status.lanUrls.length > 0 && <p>{t('settings.office.lanUrls', { urls: status.lanUrls.join(', ') })}</p>}
      {status?.state === 'running' && <OfficeAdmin />}
    </section>
  );
}

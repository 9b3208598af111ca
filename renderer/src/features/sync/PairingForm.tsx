import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubPairOutcome } from '../../../../shared/ipc/hubPairing';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { pairingFormErrors, type PairingDraft, type PairingField } from './pairingFormErrors';

const ERROR_KEYS = {
  hubUrl: 'sync.pairForm.invalidHubUrl',
  code: 'sync.pairForm.invalidCode',
  deviceName: 'sync.pairForm.invalidDeviceName',
} as const satisfies Record<PairingField, string>;

type Problem = { refusal: Extract<HubPairOutcome, { ok: false }> } | { message: string };

/**
 * Pairs this workstation with the office hub: address, one-time code and a name for the office's
 * device list. A refused pairing says why and where, and keeps what was typed.
 */
export function PairingForm() {
  const { t } = useTranslation();
  const book = useBook();
  const { sync } = useServices();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState<PairingDraft>({ hubUrl: settings.hubUrl, code: '', deviceName: settings.brokerName });
  const [errors, setErrors] = useState<Partial<Record<PairingField, true>>>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const edit = (change: Partial<PairingDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function pair(event: FormEvent) {
    event.preventDefault();
    const found = pairingFormErrors(draft);
    setErrors(found);
    setProblem(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const hubUrl = draft.hubUrl.trim();
      const outcome = await sync.hub.pair({ hubUrl, code: draft.code, deviceId: book.deviceId, deviceName: draft.deviceName.trim() });
      if (!outcome.ok) return setProblem({ refusal: outcome });
      await book.sync.pair({ hub: outcome.pairing.hub, account: outcome.pairing.account, nextSeq: outcome.nextSeq });
      if (settings.hubUrl !== hubUrl) await update({ hubUrl });
    } catch (error) {
      setProblem({ message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sd-sync__form" aria-labelledby="sync-pair-heading" onSubmit={(event) => void pair(event)} noValidate>
      <h2 id="sync-pair-heading">{t('sync.pairForm.heading')}</h2>
      <Field label={t('sync.pairForm.hubUrl')} hint={t('sync.pairForm.hubUrlHint')} error={errors.hubUrl && t(ERROR_KEYS.hubUrl)}>
        {(control) => <input {...control} type="url" value={draft.hubUrl} onChange={(e) => edit({ hubUrl: e.target.value })} />}
      </Field>
      <Field label={t('sync.pairForm.code')} hint={t('sync.pairForm.codeHint')} error={errors.code && t(ERROR_KEYS.code)}>
        {(control) => <input {...control} autoComplete="off" spellCheck={false} value={draft.code} onChange={(e) => edit({ code: e.target.value })} />}
      </Field>
      <Field label={t('sync.pairForm.deviceName')} hint={t('sync.pairForm.deviceNameHint')} error={errors.deviceName && t(ERROR_KEYS.deviceName)}>
        {(control) => <input {...control} value={draft.deviceName} onChange={(e) => edit({ deviceName: e.target.value })} />}
      </Field>
      <div className="sd-sync__buttons">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('sync.pairForm.pairing') : t('sync.pairForm.submit')}
        </Button>
      </div>
      {problem && (
        <div className="sd-sync__problem" role="alert">
          {'refusal' in problem ? (
            <>
              <p>{t(`sync.refusal.${problem.refusal.refusal}`, { hubUrl: problem.refusal.hubUrl })}</p>
              <p className="sd-sync__hint">{t('sync.detail', { detail: problem.refusal.detail })}</p>
            </>
          ) : (
            <p>{t('sync.pairForm.failed', { message: problem.message })}</p>
          )}
        </div>
      )}
    </form>
  );
}

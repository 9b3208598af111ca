import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubPairing } from '../../../../shared/sync/hubTransport';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { marketDateTime } from '../../ui/format/marketTime';

/** The hub this workstation is paired with, for which account, and the way to unpair. */
export function PairedHub({ pairing }: { pairing: Extract<HubPairing, { paired: true }> }) {
  const { t } = useTranslation();
  const book = useBook();
  const { sync } = useServices();
  const [problem, setProblem] = useState<string>();
  const account = pairing.account.role === 'broker' ? t('sync.account.broker', { id: pairing.account.brokerId }) : t('sync.account.office');

  async function unpair() {
    setProblem(undefined);
    try {
      await sync.hub.unpair();
      await book.sync.unpair();
    } catch (error) {
      setProblem(t('sync.unpairFailed', { message: errorMessage(error) }));
    }
  }

  return (
    <div className="sd-sync__paired">
      <div>
        <span className="sd-sync__label">{t('sync.hub')}</span>
        <span data-testid="hub-url">{pairing.hubUrl}</span>
        <Badge tone="success">{t('sync.paired')}</Badge>
      </div>
      <p className="sd-sync__hint" data-testid="paired-as">
        {t('sync.pairedAs', { account, device: pairing.deviceName, at: marketDateTime(new Date(pairing.pairedAt)) })}
      </p>
      <div className="sd-sync__buttons">
        <Button onClick={() => void unpair()}>{t('sync.unpair')}</Button>
        {problem && <span role="alert">{problem}</span>}
      </div>
    </div>
  );
}

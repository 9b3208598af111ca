import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useBook } from '../../app/book/BookContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { Badge } from '../../ui/Badge';
import { errorMessage } from '../../ui/errorMessage';
import { Page } from '../../ui/Page';
import { Stat } from '../../ui/Stat';
import { PairedHub } from './PairedHub';
import { PairingForm } from './PairingForm';
import { SyncNow } from './SyncNow';
import { usePairing } from '../../app/usePairing';
import './SyncPage.css';

/** 同步: what waits to go to the office, the pairing with the office hub, and the sync itself. */
export function SyncPage() {
  const { t } = useTranslation();
  const book = useBook();
  const { hubUrl } = useSettings().settings;
  const pending = useLiveQuery(() => book.outbox.size(), [book]);
  const pairing = usePairing();

  return (
    <Page testId="page-sync" title={t('sync.title')} subtitle={t('sync.subtitle')}>
      <div className="sd-sync__figures">
        <Stat label={t('sync.outbox')} value={pending === undefined ? '' : String(pending)} note={t('sync.outboxHint')} />
      </div>
      {!book.syncs ? (
        <section className="sd-sync__pairing" aria-label={t('sync.hub')}>
          <p className="sd-sync__hint">{t('sync.demoNeverSyncs')}</p>
        </section>
      ) : (
        <section className="sd-sync__pairing" aria-label={t('sync.hub')}>
          {pairing.status === 'failed' && (
            <p className="sd-sync__problem" role="alert">
              {errorMessage(pairing.error)}
            </p>
          )}
          {pairing.status === 'ready' && pairing.pairing.paired && (
            <>
              <PairedHub pairing={pairing.pairing} />
              <SyncNow hubUrl={pairing.pairing.hubUrl} />
            </>
          )}
          {pairing.status === 'ready' && !pairing.pairing.paired && (
            <>
              <div>
                <span className="sd-sync__label">{t('sync.hub')}</span>
                <span data-testid="hub-url">{hubUrl || t('sync.hubUnset')}</span>
                <Badge tone="warning">{t('sync.notPaired')}</Badge>
              </div>
              <p className="sd-sync__hint">{t('sync.notPairedHint')}</p>
              <PairingForm />
            </>
          )}
        </section>
      )}
    </Page>
  );
}

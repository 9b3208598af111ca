import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useBook } from '../../app/book/BookContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { Badge } from '../../ui/Badge';
import { Page } from '../../ui/Page';
import { Stat } from '../../ui/Stat';
import './SyncPage.css';

/** 同步: what waits to go to the office, and whether this laptop is paired with the hub. */
export function SyncPage() {
  const { t } = useTranslation();
  const book = useBook();
  const { hubUrl } = useSettings().settings;
  const pending = useLiveQuery(() => book.outbox.size(), [book]);

  return (
    <Page testId="page-sync" title={t('sync.title')} subtitle={t('sync.subtitle')}>
      <div className="sd-sync__figures">
        <Stat label={t('sync.outbox')} value={pending === undefined ? '' : String(pending)} note={t('sync.outboxHint')} />
      </div>
      <section className="sd-sync__pairing" aria-label={t('sync.hub')}>
        <div>
          <span className="sd-sync__label">{t('sync.hub')}</span>
          <span data-testid="hub-url">{hubUrl || t('sync.hubUnset')}</span>
        </div>
        <div>
          <Badge tone="warning">{t('sync.notPaired')}</Badge>
          <span className="sd-sync__hint">{t('sync.notPairedHint')}</span>
        </div>
        {!book.syncs && <p className="sd-sync__hint">{t('sync.demoNeverSyncs')}</p>}
      </section>
    </Page>
  );
}

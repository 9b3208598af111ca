import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter, DrillTarget } from '../../../../shared/analytics';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import type { Drill } from './charts/Drill';

type Listing = { status: 'loading' } | { status: 'done'; ids: string[] } | { status: 'failed'; error: string };

export interface DrillDownDialogProps {
  drill: Drill;
  filter: AnalyticsFilter;
  drillDown: (filter: AnalyticsFilter, target: DrillTarget) => Promise<string[]>;
  nameOf: (id: string) => string;
  onClose: () => void;
}

/** The customers behind a clicked chart mark, by name, as the runner finds them under the page's filter. */
export function DrillDownDialog({ drill, filter, drillDown, nameOf, onClose }: DrillDownDialogProps) {
  const { t } = useTranslation();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    drillDown(filter, drill.target).then(
      (ids) => current && setListing({ status: 'done', ids }),
      (error: unknown) => current && setListing({ status: 'failed', error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [drillDown, filter, drill]);

  return (
    <Dialog title={drill.title} onClose={onClose} actions={<Button onClick={onClose}>{t('analytics.drill.close')}</Button>}>
      {listing.status === 'loading' && <p role="status">{t('analytics.drill.loading')}</p>}
      {listing.status === 'failed' && <p role="alert">{t('analytics.drill.failed', { message: listing.error })}</p>}
      {listing.status === 'done' && (
        <>
          <p data-testid="drill-count">{t('analytics.drill.count', { customers: listing.ids.length })}</p>
          {listing.ids.length > 0 && (
            <ul className="sd-analytics__drill-list" aria-label={drill.title}>
              {listing.ids.map((id) => (
                <li key={id}>{nameOf(id)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </Dialog>
  );
}

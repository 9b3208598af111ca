import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { moveDealStatus } from './moveDealStatus';
import { nowInMarket } from './nowInMarket';

/** Settling records whether the buyer paid on time: it goes into the customer's credit record. */
export function SettleDialog({ deal, onClose }: { deal: StoredRecord<'deals'>; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const [failure, setFailure] = useState<string>();

  async function settle(paidOnTime: boolean) {
    try {
      await moveDealStatus(book, deal, 'settled', nowInMarket(now()), { paidOnTime });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <Dialog
      title={t('deals.settle.title', { number: deal.number })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" onClick={() => void settle(false)}>
            {t('deals.settle.late')}
          </Button>
          <Button variant="primary" onClick={() => void settle(true)}>
            {t('deals.settle.onTime')}
          </Button>
        </>
      }
    >
      <p>{t('deals.settle.question')}</p>
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}

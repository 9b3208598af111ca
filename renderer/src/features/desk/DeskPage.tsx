import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { OffersPanel } from './OffersPanel';
import { RequestsPanel } from './RequestsPanel';
import './DeskPage.css';

/** 撮合台: open buy requests beside the supply on offer. */
export function DeskPage() {
  const { t } = useTranslation();
  return (
    <Page testId="page-desk" title={t('desk.title')} subtitle={t('desk.subtitle')}>
      <div className="sd-desk">
        <RequestsPanel />
        <OffersPanel />
      </div>
    </Page>
  );
}

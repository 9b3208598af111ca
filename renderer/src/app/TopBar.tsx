import { useTranslation } from 'react-i18next';
import { useSettings } from './settings/SettingsContext';
import { useToday } from './useToday';
import './TopBar.css';

/**
 * The bar above every page: which book is open, the broker, and today's market date with the
 * market's UTC offset. The demo book gets a banner nobody can miss.
 */
export function TopBar({ now }: { now: () => Date }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const today = useToday(now);
  const isDemo = settings.activeBook === 'demo';
  return (
    <>
      <header className="sd-topbar">
        <span className="sd-topbar__item">
          <span className="sd-topbar__label">{t('topBar.book')}</span>
          <span data-testid="open-book" className={isDemo ? 'sd-topbar__book sd-topbar__book--demo' : 'sd-topbar__book'}>
            {t(`book.${settings.activeBook}`)}
          </span>
        </span>
        <span className="sd-topbar__item">
          <span className="sd-topbar__label">{t('topBar.broker')}</span>
          <span data-testid="broker-name">{settings.brokerName || t('topBar.brokerUnset')}</span>
        </span>
        <span className="sd-topbar__item sd-topbar__today">
          <span className="sd-topbar__label">{t('topBar.today')}</span>
          <time data-testid="market-date" dateTime={today.date}>
            {today.date} ({today.offset})
          </time>
        </span>
      </header>
      {isDemo && (
        <div className="sd-demo-banner" role="status" data-testid="demo-banner">
          {t('topBar.demoBanner')}
        </div>
      )}
    </>
  );
}

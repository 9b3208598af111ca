import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { PageView } from './pages';
import { useServices } from './ServicesContext';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { useHashRoute } from './useHashRoute';
import { useNavShortcuts } from './useNavShortcuts';
import './Shell.css';

/**
 * The desktop layout: navigation on the left, the top bar, and the current page. A page that
 * fails to render shows an error panel in place; the rest of the window keeps working.
 */
export function Shell() {
  const { t } = useTranslation();
  const { now } = useServices();
  const { page, navigate } = useHashRoute();
  useNavShortcuts(navigate);
  return (
    <div className="sd-shell">
      <SideNav current={page} />
      <TopBar now={now} />
      <main className="sd-shell__main">
        <ErrorBoundary key={page} where={t(`nav.${page}`)}>
          <PageView page={page} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

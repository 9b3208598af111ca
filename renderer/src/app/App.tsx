import { lazy, Suspense, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { PrintRoute } from '../features/print/PrintRoute';
import { FirstRunDialog } from '../features/settings/FirstRunDialog';
import { createI18n } from '../i18n/i18n';
import { errorMessage } from '../ui/errorMessage';
import type { AppServices } from './AppServices';
import { BookProvider } from './book/BookContext';
import { ErrorBoundary } from './ErrorBoundary';
import { printHashOf } from './hashRoute';
import { ServicesContext } from './ServicesContext';
import { SettingsProvider, useSettings } from './settings/SettingsContext';
import { useLanguageFollowsSettings } from './useLanguageFollowsSettings';
import './App.css';

// The shell (every page, charts, import and export) is a chunk of its own: a print window or
// print tab compiles only what the document needs, and prints sooner.
const Shell = lazy(() => import('./Shell').then((module) => ({ default: module.Shell })));

/**
 * The renderer's root: services, i18n, settings, the active book, the shell and the first-run
 * choice. Everything outside React comes in through `services`, so tests run it with fakes.
 * A print route (`#/print/...`, the print window's or print tab's only page) shows the document
 * alone: no shell, no navigation, no first-run dialog.
 */
export function App({ services }: { services: AppServices }) {
  const [i18n] = useState(() => createI18n());
  const [printHash] = useState(() => printHashOf(window.location.hash));
  return (
    <ServicesContext.Provider value={services}>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary where={i18n.t('app.title')}>
          <SettingsProvider port={services.settings} loading={<Splash />} failed={(error) => <SettingsFailed error={error} />}>
            {printHash === undefined ? <Workstation /> : <PrintRoute hash={printHash} />}
          </SettingsProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </ServicesContext.Provider>
  );
}

function Workstation() {
  useLanguageFollowsSettings();
  const { activeBook } = useSettings().settings;
  return (
    <BookProvider name={activeBook}>
      <Suspense fallback={<Splash />}>
        <Shell />
      </Suspense>
      <FirstRunDialog />
    </BookProvider>
  );
}

function Splash() {
  const { t } = useTranslation();
  return (
    <div className="sd-splash" role="status">
      {t('app.starting')}
    </div>
  );
}

function SettingsFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="sd-splash" role="alert">
      {t('app.settingsFailed', { message: errorMessage(error) })}
    </div>
  );
}

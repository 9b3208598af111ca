import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { BooksSection } from './BooksSection';
import { LanguageSection } from './LanguageSection';
import { OfficeSection } from './OfficeSection';
import { PreferencesForm } from './PreferencesForm';
import './SettingsPage.css';

/** 设置: books, language, broker, hub and printing. Works even while the book is opening. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page testId="page-settings" title={t('settings.title')} subtitle={t('settings.subtitle')}>
      <BooksSection />
      <LanguageSection />
      <PreferencesForm />
      <OfficeSection />
    </Page>
  );
}

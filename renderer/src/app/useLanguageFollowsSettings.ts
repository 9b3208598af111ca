import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './settings/SettingsContext';

/**
 * Keeps the interface language, the document's `lang` and its title in `settings.language`, so a
 * change in Settings (or in another window) re-renders every text at once. A layout effect, so
 * the first paint is already in the right language.
 */
export function useLanguageFollowsSettings(): void {
  const { i18n } = useTranslation();
  const { language } = useSettings().settings;
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.title = i18n.t('app.title');
  }, [i18n, language]);
}

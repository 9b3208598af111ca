import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/settings/settings';
import { en } from './resources/en/index';
import type { Messages } from './resources/messages';
import { zhCN } from './resources/zh-CN/index';

/** The texts of every supported language, under i18next's default namespace. */
export const RESOURCES: Readonly<Record<Language, { translation: Messages }>> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/**
 * Creates an initialised i18next instance (synchronously: the resources are bundled) for the
 * given language. Each app root gets its own instance, so tests never share language state.
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  return instance;
}

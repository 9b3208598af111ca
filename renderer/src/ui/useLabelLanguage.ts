import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/settings/settings';

/** The interface language as a key of the shared label tables (`STAGE_LABELS` and the like). */
export function useLabelLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

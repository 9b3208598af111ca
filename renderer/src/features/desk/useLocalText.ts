import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../../shared/catalogue/localText';

/** Picks the interface language's side of a domain text (reasons, problems, breakdowns). */
export function useLocalText(): (text: LocalText) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((text) => (english ? text.en : text.zh), [english]);
}

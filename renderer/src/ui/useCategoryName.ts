import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type CategoryCode } from '../../../shared/catalogue/categories';

/** A function naming a steel category (品名) in the interface language. */
export function useCategoryName(): (code: CategoryCode) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((code) => (english ? CATEGORIES[code].en : CATEGORIES[code].zh), [english]);
}

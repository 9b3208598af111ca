import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { useBookState } from './BookContext';

/** Renders its children once the active book is open; says so while it opens or when it cannot. */
export function RequireBook({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const state = useBookState();
  if (state.status === 'open') return children;
  if (state.status === 'opening') {
    return (
      <p className="sd-book-opening" role="status">
        {t('app.loadingBook')}
      </p>
    );
  }
  return <EmptyState icon="alert" title={t('app.bookFailed', { book: t(`book.${state.name}`), message: errorMessage(state.error) })} hint={t('app.bookFailedHint')} />;
}


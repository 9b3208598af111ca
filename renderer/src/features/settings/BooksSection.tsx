import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../data';
import { useBookState } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { loadBookContents } from './loadBookContents';
import { TaskProgress } from './TaskProgress';
import { useProgressTask } from './useProgressTask';

/**
 * Which book is open, switching between the main and the demo book, loading the demo company
 * into an empty demo book, and removing the demo data (after a confirmation).
 */
export function BooksSection() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const { books, generateDemoBook } = useServices();
  const bookState = useBookState();
  const openBook = bookState.status === 'open' ? bookState.book : undefined;
  const demoIsEmpty = useDemoBookIsEmpty(openBook);
  const load = useProgressTask();
  const loading = load.state.status === 'running';
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const [notice, setNotice] = useState<string>();
  const other = settings.activeBook === 'main' ? 'demo' : 'main';

  async function removeDemo() {
    setConfirmingRemoval(false);
    try {
      // Leave the demo book first. Should its connection still be open when the delete starts,
      // IndexedDB asks it to close (versionchange) and Dexie does, so the delete cannot hang.
      if (settings.activeBook === 'demo') await update({ activeBook: 'main' });
      await books.remove('demo');
      setNotice(t('settings.books.demoRemoved'));
    } catch (error) {
      setNotice(t('settings.saveFailed', { message: errorMessage(error) }));
    }
  }

  return (
    <section className="sd-settings__section" aria-labelledby="settings-books">
      <h2 id="settings-books">{t('settings.books.heading')}</h2>
      <p data-testid="active-book">{t('settings.books.active', { book: t(`book.${settings.activeBook}`) })}</p>
      <div className="sd-settings__buttons">
        <Button disabled={loading} onClick={() => void update({ activeBook: other })}>
          {other === 'demo' ? t('settings.books.switchToDemo') : t('settings.books.switchToMain')}
        </Button>
        {openBook && (demoIsEmpty || loading) && (
          <Button
            variant="primary"
            disabled={loading}
            onClick={() => void load.run((report) => loadBookContents(openBook.repository, generateDemoBook(), report))}
          >
            {t('settings.books.loadDemo')}
          </Button>
        )}
        <Button variant="danger" disabled={loading} onClick={() => setConfirmingRemoval(true)}>
          {t('settings.books.removeDemo')}
        </Button>
      </div>
      <TaskProgress state={load.state} />
      {notice && <p role="status">{notice}</p>}
      {confirmingRemoval && (
        <Dialog
          title={t('settings.books.removeDemoTitle')}
          onClose={() => setConfirmingRemoval(false)}
          actions={
            <>
              <Button onClick={() => setConfirmingRemoval(false)}>{t('common.cancel')}</Button>
              <Button variant="danger" onClick={() => void removeDemo()}>
                {t('settings.books.removeDemoConfirm')}
              </Button>
            </>
          }
        >
          <p>{t('settings.books.removeDemoBody')}</p>
        </Dialog>
      )}
    </section>
  );
}

/** True when `book` is the demo book and holds no customers yet (so loading the demo makes sense). */
function useDemoBookIsEmpty(book: Book | undefined): boolean {
  const empty = useLiveQuery(
    async () => book?.name === 'demo' && (await book.read.query('customers').first()) === undefined,
    [book],
  );
  return empty === true;
}

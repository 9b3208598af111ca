import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { loadBookContents } from './loadBookContents';
import { TaskProgress } from './TaskProgress';
import { useProgressTask } from './useProgressTask';

/**
 * The first-run choice, shown until `settings.firstRunDone`: load the demo company into the
 * demo book (then open it), or start with the empty main book. A failed load leaves no half
 * demo book behind.
 */
export function FirstRunDialog() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const { books, generateDemoBook } = useServices();
  const task = useProgressTask();
  if (settings.firstRunDone) return null;

  const busy = task.state.status === 'running';

  async function loadDemo() {
    const loaded = await task.run(async (report) => {
      const demo = await books.open('demo');
      try {
        await loadBookContents(demo.repository, generateDemoBook(), report);
      } catch (error) {
        demo.close();
        await books.remove('demo');
        throw error;
      }
      demo.close();
    });
    if (loaded) await update({ firstRunDone: true, activeBook: 'demo' });
  }

  return (
    <Dialog
      title={t('firstRun.title')}
      actions={
        <>
          <Button onClick={() => void update({ firstRunDone: true, activeBook: 'main' })} disabled={busy}>
            {t('firstRun.startEmpty')}
          </Button>
          <Button variant="primary" onClick={() => void loadDemo()} disabled={busy}>
            {t('firstRun.loadDemo')}
          </Button>
        </>
      }
    >
      <p>{t('firstRun.body')}</p>
      <TaskProgress state={task.state} />
    </Dialog>
  );
}

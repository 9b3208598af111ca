import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncProgress } from '../../../../shared/sync/syncReport';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { SyncProgressView } from './SyncProgressView';
import { SyncReportView } from './SyncReportView';
import { useOnline } from './useOnline';

/**
 * The one button that syncs, the progress while it runs, and the last sync's report (kept in the
 * book, so it survives a restart). A hub that changed waits for the user's go-ahead to re-sync.
 */
export function SyncNow({ hubUrl }: { hubUrl: string }) {
  const { t } = useTranslation();
  const book = useBook();
  const { sync } = useServices();
  const online = useOnline();
  const [progress, setProgress] = useState<SyncProgress>();
  const [problem, setProblem] = useState<string>();
  const lastReport = useLiveQuery(() => book.sync.lastReport(), [book]);
  const hubChange = useLiveQuery(() => book.sync.hubChange(), [book]);
  const running = progress !== undefined;

  async function run(engine: typeof sync.syncBook) {
    setProblem(undefined);
    setProgress({ phase: 'connecting', upDone: 0, upTotal: 0, downDone: 0 });
    try {
      await engine(book, setProgress);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <div className="sd-sync__run">
      {!online && (
        <p className="sd-sync__problem" role="status" data-testid="sync-offline">
          {t('sync.offline')}
        </p>
      )}
      <div className="sd-sync__buttons">
        <Button variant="primary" disabled={running} onClick={() => void run(sync.syncBook)}>
          {running ? t('sync.syncing') : t('sync.syncNow')}
        </Button>
        {hubChange && (
          <Button variant="danger" disabled={running} onClick={() => void run(sync.acceptHubChange)}>
            {t('sync.acceptHubChange')}
          </Button>
        )}
      </div>
      {progress && <SyncProgressView progress={progress} />}
      {problem && (
        <p className="sd-sync__problem" role="alert">
          {t('sync.failure.other')} {problem}
        </p>
      )}
      {lastReport ? <SyncReportView report={lastReport} hubUrl={hubUrl} /> : <p className="sd-sync__hint">{t('sync.report.never')}</p>}
    </div>
  );
}

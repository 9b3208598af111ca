import { useTranslation } from 'react-i18next';
import type { TableName } from '../../../../shared/model/tables';
import type { SyncReport } from '../../../../shared/sync/syncReport';
import { Badge } from '../../ui/Badge';
import { marketDateTime } from '../../ui/format/marketTime';
import { Stat } from '../../ui/Stat';
import { syncFailureKey } from './syncFailureKey';

/** The last sync: what went up, what came down, what lost to newer values, what the hub refused and why. */
export function SyncReportView({ report, hubUrl }: { report: SyncReport; hubUrl: string }) {
  const { t } = useTranslation();
  const byTable = Object.entries(report.pulledByTable) as [TableName, number][];
  return (
    <section className="sd-sync__report" aria-labelledby="sync-report-heading" data-testid="sync-report" data-finished-at={report.finishedAt}>
      <h2 id="sync-report-heading">
        {t('sync.report.heading')}{' '}
        <Badge tone={report.outcome === 'ok' ? 'success' : 'danger'}>{t(`sync.report.${report.outcome}`)}</Badge>{' '}
        <span className="sd-sync__hint">{t('sync.report.finishedAt', { time: marketDateTime(new Date(report.finishedAt)) })}</span>
      </h2>
      {report.error && (
        <div className="sd-sync__problem" role="alert" data-testid="sync-failure">
          <p>{t(syncFailureKey(report.error), { hubUrl })}</p>
          <p className="sd-sync__hint">{report.error.message}</p>
        </div>
      )}
      <div className="sd-sync__figures">
        <Stat label={t('sync.report.pushed')} value={String(report.pushed)} />
        <Stat label={t('sync.report.duplicates')} value={String(report.duplicates)} />
        <Stat label={t('sync.report.conflicts')} value={String(report.conflicts)} note={report.conflicts > 0 ? t('sync.report.conflictsHint') : undefined} />
        <Stat label={t('sync.report.pulled')} value={String(report.pulled)} />
      </div>
      {byTable.length > 0 && (
        <ul aria-label={t('sync.report.pulledByTable')} className="sd-sync__tables">
          {byTable.map(([table, count]) => (
            <li key={table}>
              {t(`sync.tables.${table}`)}: {count}
            </li>
          ))}
        </ul>
      )}
      {report.rejected.length > 0 && (
        <>
          <h3>{t('sync.report.rejected')}</h3>
          <ul data-testid="sync-rejected">
            {report.rejected.map((rejected) => (
              <li key={rejected.seq}>
                {t('sync.report.rejectedRow', { table: t(`sync.tables.${rejected.table}`), id: rejected.recordId, seq: rejected.seq, reason: rejected.reason })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

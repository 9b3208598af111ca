import { useTranslation } from 'react-i18next';
import type { SyncProgress } from '../../../../shared/sync/syncReport';
import { ProgressBar } from '../../ui/ProgressBar';

/** The running sync: its phase, and a bar each for the changes going up and coming down. */
export function SyncProgressView({ progress }: { progress: SyncProgress }) {
  const { t } = useTranslation();
  const { upDone, upTotal, downDone, downTotal } = progress;
  const down = downTotal === undefined ? t('sync.downCountOpen', { done: downDone }) : t('sync.downCount', { done: downDone, total: downTotal });
  return (
    <div className="sd-sync__progress" data-testid="sync-progress">
      <p>{t(`sync.phase.${progress.phase}`)}</p>
      <ProgressBar label={t('sync.upCount', { done: upDone, total: upTotal })} value={upDone} max={upTotal} />
      <span className="sd-sync__hint">{t('sync.upCount', { done: upDone, total: upTotal })}</span>
      <ProgressBar label={down} value={downDone} max={downTotal ?? Math.max(downDone, 1)} />
      <span className="sd-sync__hint">{down}</span>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { ANALYTICS_STEPS, type AnalyticsState } from './compute/useAnalytics';

/** While the metrics are computed: which step, as a progress bar; if they failed: why. */
export function AnalyticsProgress({ state }: { state: AnalyticsState }) {
  const { t } = useTranslation();
  if (state.status === 'failed') {
    return (
      <p className="sd-analytics__failed" role="alert">
        {t('analytics.failed', { message: state.error })}
      </p>
    );
  }
  if (state.status === 'done') return null;
  return (
    <div className="sd-analytics__progress" role="status" data-testid="analytics-progress">
      <ProgressBar value={ANALYTICS_STEPS.indexOf(state.step)} max={ANALYTICS_STEPS.length} label={t('analytics.progress.label')} />
      <span>{t(`analytics.progress.${state.step}`)}</span>
    </div>
  );
}

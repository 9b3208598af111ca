import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import type { TaskState } from './useProgressTask';

/** The progress bar of a running demo load, or why it failed; nothing otherwise. */
export function TaskProgress({ state }: { state: TaskState }) {
  const { t } = useTranslation();
  if (state.status === 'running') {
    const { done, total } = state.progress;
    return (
      <div className="sd-task-progress">
        <ProgressBar label={t('firstRun.loading')} value={done} max={total} />
        <p role="status">{t('firstRun.progress', { done, total })}</p>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="sd-task-progress__error" role="alert">
        {t('firstRun.failed', { message: state.message })}
      </p>
    );
  }
  return null;
}

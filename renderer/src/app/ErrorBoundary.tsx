import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import './ErrorBoundary.css';

export interface ErrorBoundaryProps {
  /** Where the boundary sits, shown to the user and logged (e.g. the page's name). */
  where: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches a render error below it and shows what failed and where, with a way to retry,
 * instead of leaving a white window.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`SteelDesk: render error in ${this.props.where}`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorPanel where={this.props.where} message={error.message} onRetry={() => this.setState({ error: null })} />;
  }
}

function ErrorPanel({ where, message, onRetry }: { where: string; message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sd-error" role="alert">
      <Icon name="alert" size={32} />
      <h2>{t('errors.title')}</h2>
      <p>{t('errors.where', { where })}</p>
      <p className="sd-error__message">{t('errors.message', { message })}</p>
      <div className="sd-error__actions">
        <Button onClick={onRetry}>{t('errors.retry')}</Button>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      </div>
    </div>
  );
}

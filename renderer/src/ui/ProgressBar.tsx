import './ProgressBar.css';

export interface ProgressBarProps {
  /** Work done so far, 0..max. */
  value: number;
  max: number;
  /** Accessible name, e.g. what is loading. */
  label: string;
}

/** A determinate progress bar exposed as an ARIA `progressbar`. */
export function ProgressBar({ value, max, label }: ProgressBarProps) {
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? (clamped / max) * 100 : 0;
  return (
    <div className="sd-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={clamped}>
      <div className="sd-progress__bar" style={{ width: `${percent}%` }} />
    </div>
  );
}

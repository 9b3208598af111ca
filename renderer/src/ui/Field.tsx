import { useId, type ReactNode } from 'react';
import './Field.css';

/** What a field's control must carry to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: string;
  hint?: string;
  /** A validation message shown inline under the control. */
  error?: string;
  /** Renders the control with the given id and ARIA wiring. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and an inline error. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sd-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {hint && (
        <span id={hintId} className="sd-field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="sd-field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

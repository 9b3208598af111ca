import type { ButtonHTMLAttributes } from 'react';
import { classNames } from './classNames';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the main action of a view, `danger` for destructive ones. Default `secondary`. */
  variant?: ButtonVariant;
}

/** A push button; `type` defaults to `button` so it never submits a form by accident. */
export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={classNames('sd-button', `sd-button--${variant}`, className)} {...rest} />;
}

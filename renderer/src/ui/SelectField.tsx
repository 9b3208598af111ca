import { Field } from './Field';

export interface SelectFieldProps<Value extends string> {
  label: string;
  value: Value;
  /** The choices in order, each with its visible label. */
  options: ReadonlyArray<{ value: Value; label: string }>;
  onChange: (value: Value) => void;
  error?: string;
}

/** A labelled drop-down of fixed choices. */
export function SelectField<Value extends string>({ label, value, options, onChange, error }: SelectFieldProps<Value>) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        // The options are exactly `options`, so the chosen value is one of them.
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as Value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import './Stat.css';

export interface StatProps {
  label: string;
  value: string;
  /** Extra context under the value, e.g. the unit or period. */
  note?: string;
}

/** One headline figure with its label, exposed as a named group. */
export function Stat({ label, value, note }: StatProps) {
  return (
    <div className="sd-stat" role="group" aria-label={label}>
      <div className="sd-stat__label">{label}</div>
      <div className="sd-stat__value">{value}</div>
      {note && <div className="sd-stat__note">{note}</div>}
    </div>
  );
}

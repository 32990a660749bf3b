// A label above its control, tied by id (a wrapping label would add a select's chosen option to its name).
import { useId, type ReactElement } from 'react';

export function LabeledField({ label, children }: { label: string; children: (id: string) => ReactElement }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

// Period and granularity of the dashboard, keyboard only: the grouping applies as soon as it changes (Entrée
// does not submit from a list), the dates with Entrée or « Afficher ».
import { useEffect, useState, type FormEvent } from 'react';
import { LabeledField } from './LabeledField.js';
import type { Granularity } from '../../../core/indicators/periods.js';
import { GRANULARITY_LABELS } from './labels.js';

export interface PeriodControlsProps {
  granularity: Granularity;
  from: string;
  to: string;
  busy: boolean;
  onApply(g: Granularity, from: string, to: string): void;
  onGranularity(g: Granularity): void;
}

export function PeriodControls({ granularity, from, to, busy, onApply, onGranularity }: PeriodControlsProps) {
  const [f, setF] = useState(from);
  const [t, setT] = useState(to);
  // The dates shown follow the period the figures were computed for.
  useEffect(() => {
    setF(from);
    setT(to);
  }, [from, to]);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ((f === '') !== (t === '')) return setProblem('Indiquez les deux dates de la période, ou aucune (12 derniers mois).');
    if (f !== '' && f > t) return setProblem('La date de début doit précéder la date de fin.');
    setProblem(null);
    onApply(granularity, f, t);
  };
  return (
    <form className="period-controls toolbar" aria-label="Période des indicateurs" onSubmit={submit}>
      <LabeledField label="Regroupement">
        {(id) => (
          <select id={id} value={granularity} onChange={(e) => onGranularity(e.target.value as Granularity)}>
            {(Object.keys(GRANULARITY_LABELS) as Granularity[]).map((k) => (
              <option key={k} value={k}>{GRANULARITY_LABELS[k]}</option>
            ))}
          </select>
        )}
      </LabeledField>
      <LabeledField label="Du">
        {(id) => (
          <input id={id} type="date" value={f} onChange={(e) => setF(e.target.value)} />
        )}
      </LabeledField>
      <LabeledField label="Au">
        {(id) => (
          <input id={id} type="date" value={t} onChange={(e) => setT(e.target.value)} />
        )}
      </LabeledField>
      <button type="submit" className="btn btn--primary" disabled={busy}>Afficher</button>
      {problem && <p role="alert" className="form-error">{problem}</p>}
    </form>
  );
}

// Filters of the journal viewer: which journal, operator, identity (IPP), action, period. Entrée applies.
import { useState, type FormEvent } from 'react';
import { LabeledField } from '../indicators/LabeledField.js';
import { EMPTY_FILTERS, type JournalFilterValues, type JournalKind } from '../../stores/journal-store.js';

export const JOURNAL_NAMES: Record<JournalKind, string> = { journal: 'Journal des opérations', access: 'Journal des accès aux dossiers' };

export interface JournalFiltersProps {
  journal: JournalKind;
  initial: JournalFilterValues;
  actions: { action: string; label: string }[];
  busy: boolean;
  onJournal(j: JournalKind): void;
  onApply(f: JournalFilterValues): void;
}

export function JournalFilters({ journal, initial, actions, busy, onJournal, onApply }: JournalFiltersProps) {
  const [f, setF] = useState<JournalFilterValues>(initial);
  const field = (k: keyof JournalFilterValues) => ({ value: f[k], onChange: (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  return (
    <form className="journal-filters toolbar" aria-label="Filtres du journal" onSubmit={submit}>
      <LabeledField label="Journal">
        {(id) => (
          <select id={id} value={journal} onChange={(e) => onJournal(e.target.value as JournalKind)}>
            {(Object.keys(JOURNAL_NAMES) as JournalKind[]).map((k) => (
              <option key={k} value={k}>{JOURNAL_NAMES[k]}</option>
            ))}
          </select>
        )}
      </LabeledField>
      <LabeledField label="Opérateur">
        {(id) => (
          <input id={id} type="text" autoComplete="off" spellCheck={false} maxLength={64} {...field('operator')} />
        )}
      </LabeledField>
      <LabeledField label="IPP de l’identité">
        {(id) => (
          <input id={id} type="text" autoComplete="off" spellCheck={false} maxLength={32} {...field('ipp')} />
        )}
      </LabeledField>
      <LabeledField label="Action">
        {(id) => (
          <select id={id} {...field('action')}>
            <option value="">Toutes</option>
            {actions.map((a) => (
              <option key={a.action} value={a.action}>{a.label}</option>
            ))}
          </select>
        )}
      </LabeledField>
      <LabeledField label="Du">
        {(id) => (
          <input id={id} type="date" {...field('from')} />
        )}
      </LabeledField>
      <LabeledField label="Au">
        {(id) => (
          <input id={id} type="date" {...field('to')} />
        )}
      </LabeledField>
      <button type="submit" className="btn btn--primary" disabled={busy}>Filtrer</button>
      <button type="button" className="btn" onClick={() => { setF(EMPTY_FILTERS); onApply(EMPTY_FILTERS); }}>Effacer les filtres</button>
    </form>
  );
}

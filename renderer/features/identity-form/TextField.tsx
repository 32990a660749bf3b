// A labelled text input of the identity form with its live stored value and messages.
import { FieldMessages, describedBy, type Issue } from './FieldMessages.js';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  readOnly?: boolean;
  stored?: string | null;
  errors: Issue[];
  warnings: Issue[];
  hint?: string;
  inputMode?: 'text' | 'numeric';
  autoFocus?: boolean;
}

export function TextField(p: Props) {
  const hintId = p.hint ? `${p.id}-hint` : null;
  const described = [hintId, describedBy(p.id, p)].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${p.errors.length ? ' field--invalid' : ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <input
        id={p.id}
        value={p.value}
        readOnly={p.readOnly}
        autoComplete="off"
        spellCheck={false}
        inputMode={p.inputMode}
        autoFocus={p.autoFocus}
        aria-invalid={p.errors.length > 0 ? true : undefined}
        aria-describedby={described}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
      />
      {p.hint && <p id={hintId ?? undefined} className="hint">{p.hint}</p>}
      <FieldMessages fieldId={p.id} stored={p.stored} errors={p.errors} warnings={p.warnings} />
    </div>
  );
}

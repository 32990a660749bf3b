// « Nouveau compte »: identifiant, nom affiché, rôle (nothing preselected), mot de passe twice.
// Obvious mistakes are caught here (the field is marked and focused); any refusal of the backend
// (identifier already used…) is shown as is. Once created the form is emptied for the next account.
import { useRef, useState, type FormEvent } from 'react';
import type { NewOperator } from '../../stores/operators-store.js';
import { ROLES, ROLE_LABELS, type Role } from './roles.js';

type Field = 'username' | 'displayName' | 'role' | 'password' | 'confirm';

interface Props {
  busy: boolean;
  /** Resolves with the backend's refusal, or null once the account exists. */
  onSubmit(input: NewOperator): Promise<string | null>;
}

const USERNAME = /^[a-z0-9._-]{2,32}$/;
const EMPTY: Record<Field, string> = { username: '', displayName: '', role: '', password: '', confirm: '' };
const id = (f: Field) => `op-${f}`;

/** The first obvious mistake, with the field to correct. */
function localError(v: Record<Field, string>): { field: Field; message: string } | null {
  if (!USERNAME.test(v.username.trim())) {
    return { field: 'username', message: 'L’identifiant doit compter 2 à 32 caractères : lettres minuscules, chiffres, point, tiret ou souligné.' };
  }
  if (v.displayName.trim() === '') return { field: 'displayName', message: 'Saisissez le nom affiché.' };
  if (v.role === '') return { field: 'role', message: 'Choisissez le rôle du compte.' };
  if (v.password.length < 8) return { field: 'password', message: 'Le mot de passe doit compter au moins 8 caractères.' };
  if (v.password !== v.confirm) return { field: 'confirm', message: 'Les deux mots de passe ne sont pas identiques.' };
  return null;
}

export function NewOperatorForm({ busy, onSubmit }: Props) {
  const [values, setValues] = useState(EMPTY);
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focus = (f: Field) => form.current?.querySelector<HTMLElement>(`#${id(f)}`)?.focus();

  const change = (f: Field, value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    setError(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const local = localError(values);
    if (local) {
      setError(local);
      focus(local.field);
      return;
    }
    setError(null);
    const refusal = await onSubmit({
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      role: values.role as Role,
      password: values.password,
    });
    if (refusal) {
      setError({ field: null, message: refusal });
    } else {
      setValues(EMPTY);
      focus('username');
    }
  };

  /** Props marking the field named by the error. */
  const invalid = (f: Field) =>
    error?.field === f ? { 'aria-invalid': true as const, 'aria-describedby': 'op-error' } : {};
  const fieldClass = (f: Field) => `field${error?.field === f ? ' field--invalid' : ''}`;
  const text = (f: Field, label: string, props: { type?: 'password'; autoComplete: string; autoFocus?: boolean; maxLength?: number }) => (
    <div className={fieldClass(f)}>
      <label htmlFor={id(f)}>{label}</label>
      <input
        id={id(f)}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        autoFocus={props.autoFocus}
        maxLength={props.maxLength}
        spellCheck={false}
        value={values[f]}
        onChange={(e) => change(f, e.target.value)}
        {...invalid(f)}
      />
    </div>
  );

  return (
    <form ref={form} className="operator-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-operator-title">
      <h2 id="new-operator-title">Nouveau compte</h2>
      <div className="form-grid">
        {text('username', 'Identifiant', { autoComplete: 'off', autoFocus: true })}
        {text('displayName', 'Nom affiché', { autoComplete: 'off', maxLength: 80 })}
        <div className={fieldClass('role')}>
          <label htmlFor={id('role')}>Rôle</label>
          <select id={id('role')} value={values.role} onChange={(e) => change('role', e.target.value)} {...invalid('role')}>
            <option value="">— Choisir —</option>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </div>
        {text('password', 'Mot de passe', { type: 'password', autoComplete: 'new-password', maxLength: 200 })}
        {text('confirm', 'Confirmation du mot de passe', { type: 'password', autoComplete: 'new-password', maxLength: 200 })}
      </div>
      {error && <p id="op-error" role="alert" className="form-error">{error.message}</p>}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" aria-disabled={busy}>Créer le compte</button>
        <span className="hint"><kbd>Entrée</kbd></span>
      </div>
    </form>
  );
}

// First run of a production base: « Création du compte référent » (identifiant, nom affiché,
// mot de passe twice). The two passwords are compared here; the rest is the backend's to refuse.
import { useState, type FormEvent } from 'react';

interface Props {
  busy: boolean;
  error: string | null;
  onSubmit(input: { username: string; displayName: string; password: string }): void;
}

export function BootstrapForm({ busy, error, onSubmit }: Props) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!/^[a-z0-9._-]{2,32}$/.test(username.trim())) {
      setLocalError('L’identifiant doit compter 2 à 32 caractères : lettres minuscules, chiffres, point, tiret ou souligné.');
    } else if (password.length < 8) {
      setLocalError('Le mot de passe doit compter au moins 8 caractères.');
    } else if (password !== confirm) {
      setLocalError('Les deux mots de passe ne sont pas identiques.');
    } else {
      setLocalError(null);
      onSubmit({ username: username.trim(), displayName: displayName.trim(), password });
    }
  };
  const shown = localError ?? error;
  return (
    <form className="card login" onSubmit={submit} noValidate aria-labelledby="bootstrap-title">
      <h1 id="bootstrap-title">Création du compte référent</h1>
      <p className="hint">Première utilisation : créez le compte du référent en identitovigilance.</p>
      <div className="field">
        <label htmlFor="bs-username">Identifiant</label>
        <input id="bs-username" autoFocus autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="bs-display">Nom affiché</label>
        <input id="bs-display" autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="bs-password">Mot de passe</label>
        <input id="bs-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="bs-confirm">Confirmation du mot de passe</label>
        <input id="bs-confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      </div>
      {shown && <p role="alert" className="form-error">{shown}</p>}
      <button type="submit" className="btn btn--primary" aria-disabled={busy}>Créer le compte</button>
    </form>
  );
}

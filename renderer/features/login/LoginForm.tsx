// « Connexion »: identifiant + mot de passe, Enter submits; the backend's message is shown as is.
import { useState, type FormEvent } from 'react';

interface Props {
  busy: boolean;
  error: string | null;
  onSubmit(username: string, password: string): void;
}

export function LoginForm({ busy, error, onSubmit }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const empty = username.trim() === '' || password === '';
    setMissing(empty);
    if (!empty) onSubmit(username.trim(), password);
  };
  const shown = missing ? 'Saisissez votre identifiant et votre mot de passe.' : error;
  return (
    <form className="card login" onSubmit={submit} noValidate aria-labelledby="login-title">
      <h1 id="login-title">Connexion</h1>
      <div className="field">
        <label htmlFor="login-username">Identifiant</label>
        <input id="login-username" autoFocus autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Mot de passe</label>
        <input id="login-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      {shown && <p role="alert" className="form-error">{shown}</p>}
      <button type="submit" className="btn btn--primary" aria-disabled={busy}>Se connecter</button>
    </form>
  );
}

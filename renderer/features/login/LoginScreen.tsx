// Container of the login step: the bootstrap form on a fresh production base, else « Connexion ».
import { useStore } from 'zustand';
import { useStores } from '../../stores/context.js';
import { BootstrapForm } from './BootstrapForm.js';
import { LoginForm } from './LoginForm.js';

export function LoginScreen() {
  const { session } = useStores();
  const needsBootstrap = useStore(session, (s) => s.needsBootstrap);
  const busy = useStore(session, (s) => s.busy);
  const error = useStore(session, (s) => s.error);
  const actions = session.getState();
  return (
    <main className="login-screen">
      {needsBootstrap ? (
        <BootstrapForm busy={busy} error={error} onSubmit={(i) => void actions.bootstrap(i)} />
      ) : (
        <LoginForm busy={busy} error={error} onSubmit={(u, p) => void actions.login(u, p)} />
      )}
    </main>
  );
}

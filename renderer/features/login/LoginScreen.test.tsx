// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/contract/reply.js';
import { createApi } from '../../api/client.js';
import { createMemoryTransport, type MemoryHandlers } from '../../api/memory-transport.js';
import { App } from '../../App.js';
import { StoresProvider, createAppStores } from '../../stores/context.js';

afterEach(cleanup);

const operator = { username: 'referent', displayName: 'Référente', role: 'referent' as const };

function renderApp(handlers: MemoryHandlers) {
  const transport = createMemoryTransport(handlers);
  const stores = createAppStores(createApi(transport), { searchDebounceMs: 5 });
  render(
    <StoresProvider stores={stores}>
      <App />
    </StoresProvider>,
  );
  return transport;
}

describe('LoginScreen', () => {
  it('logs in with Entrée, shows the backend refusal first, and announces demo mode', async () => {
    const user = userEvent.setup();
    renderApp({
      'session.current': (_i, token) => ({ operator: token ? operator : null, demo: true, needsBootstrap: false, workstation: 'P1' }),
      'session.login': ({ password }) => {
        if (password !== 'referent') throw new AppError('unauthenticated', 'Identifiant ou mot de passe incorrect.');
        return { operator, token: 't', demo: true };
      },
    });
    const username = await screen.findByLabelText('Identifiant');
    expect(document.activeElement).toBe(username);
    expect(screen.getByText('Mode démonstration')).toBeTruthy();
    await user.keyboard('referent{Tab}faux{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Identifiant ou mot de passe incorrect.');
    await user.clear(screen.getByLabelText('Mot de passe'));
    await user.type(screen.getByLabelText('Mot de passe'), 'referent{Enter}');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un patient' });
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('asks for the first referent account on a fresh production base', async () => {
    const user = userEvent.setup();
    const transport = renderApp({
      'session.current': (_i, token) => ({ operator: token ? operator : null, demo: false, needsBootstrap: true, workstation: 'P1' }),
      'session.bootstrap': ({ username, displayName }) => ({ operator: { username, displayName, role: 'referent' }, token: 't', demo: false }),
    });
    expect(await screen.findByRole('heading', { name: 'Création du compte référent' })).toBeTruthy();
    expect(screen.queryByText('Mode démonstration')).toBeNull();
    await user.type(screen.getByLabelText('Identifiant'), 'civ.lab');
    await user.type(screen.getByLabelText('Nom affiché'), 'Cellule IV');
    await user.type(screen.getByLabelText('Mot de passe'), 'motdepasse1');
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'motdepasse2{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Les deux mots de passe ne sont pas identiques.');
    expect(transport.callsTo('session.bootstrap')).toEqual([]);
    await user.clear(screen.getByLabelText('Confirmation du mot de passe'));
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'motdepasse1{Enter}');
    expect(await screen.findByRole('searchbox', { name: 'Rechercher un patient' })).toBeTruthy();
    expect(transport.callsTo('session.bootstrap')).toEqual([{ username: 'civ.lab', displayName: 'Cellule IV', password: 'motdepasse1' }]);
  });
});

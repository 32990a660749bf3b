// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/contract/reply.js';
import type { MemoryHandlers } from '../../api/memory-transport.js';
import { referentSessionHandlers } from '../../test/fixtures.js';
import { renderLoggedIn } from '../../test/render-app.js';
import type { OperatorRow } from '../../stores/operators-store.js';

afterEach(cleanup);

/** A tiny accounts table behind `operators.list` / `operators.create`, refusing a used identifier. */
function operatorHandlers(): MemoryHandlers {
  const rows: OperatorRow[] = [
    { username: 'referent', displayName: 'Référente Test', role: 'referent', active: true },
    { username: 'ancien', displayName: 'Ancien Agent', role: 'agent', active: false },
  ];
  return {
    'operators.list': () => [...rows],
    'operators.create': ({ username, displayName, role }) => {
      if (rows.some((r) => r.username === username)) throw new AppError('conflict', `L'identifiant « ${username} » est déjà utilisé.`);
      rows.push({ username, displayName, role, active: true });
      return { username, displayName, role };
    },
  };
}

const rowTexts = () =>
  within(screen.getByRole('table', { name: 'Comptes opérateurs' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('OperatorsScreen', () => {
  it('lets a referent create an account with the keyboard: local checks, backend refusal, list read again', async () => {
    const user = userEvent.setup();
    const { transport } = await renderLoggedIn({ ...referentSessionHandlers, ...operatorHandlers() });

    await user.keyboard('{Alt>}o{/Alt}');
    expect(screen.getByRole('heading', { level: 1, name: 'Opérateurs' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opérateurs' }).getAttribute('aria-current')).toBe('page');
    await screen.findByRole('table', { name: 'Comptes opérateurs' });
    expect(rowTexts()).toEqual([
      ['referent', 'Référente Test', 'Référent en identitovigilance', 'oui'],
      ['ancien', 'Ancien Agent', "Agent d'accueil", 'non'],
    ]);

    const form = screen.getByRole('form', { name: 'Nouveau compte' });
    const username = within(form).getByLabelText('Identifiant');
    const role = within(form).getByLabelText('Rôle') as HTMLSelectElement;
    const password = within(form).getByLabelText('Mot de passe');
    const confirm = within(form).getByLabelText('Confirmation du mot de passe');
    expect(document.activeElement).toBe(username);
    expect(role.value).toBe('');

    // identifier format
    await user.keyboard('Marie Curie{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'L’identifiant doit compter 2 à 32 caractères : lettres minuscules, chiffres, point, tiret ou souligné.',
    );
    expect(username.getAttribute('aria-invalid')).toBe('true');
    await user.clear(username);
    await user.type(username, 'mcurie{Tab}Marie Curie{Tab}');
    expect(document.activeElement).toBe(role);
    await user.selectOptions(role, 'agent');
    // too short, then mismatch: nothing is sent
    await user.type(password, 'court{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Le mot de passe doit compter au moins 8 caractères.');
    expect(document.activeElement).toBe(password);
    await user.type(password, 'motdepasse');
    await user.type(confirm, 'autrechose{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Les deux mots de passe ne sont pas identiques.');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(transport.callsTo('operators.create')).toEqual([]);

    await user.clear(confirm);
    await user.type(confirm, 'courtmotdepasse{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe('Compte « mcurie » créé pour Marie Curie.');
    expect(transport.callsTo('operators.create')).toEqual([
      { username: 'mcurie', displayName: 'Marie Curie', role: 'agent', password: 'courtmotdepasse' },
    ]);
    await waitFor(() => expect(rowTexts()).toContainEqual(['mcurie', 'Marie Curie', "Agent d'accueil", 'oui']));
    expect(transport.callsTo('operators.list')).toHaveLength(2);
    expect((username as HTMLInputElement).value).toBe('');
    expect(role.value).toBe('');
    expect(document.activeElement).toBe(username);

    // the backend's refusal is shown as is
    await user.type(username, 'mcurie{Tab}Marie Curie bis');
    await user.selectOptions(role, 'referent');
    await user.type(password, 'motdepasse2');
    await user.type(confirm, 'motdepasse2{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('L\'identifiant « mcurie » est déjà utilisé.');

    // Échap goes back to the search
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('searchbox', { name: 'Rechercher un patient' })).toBeTruthy();
  });

  it('offers neither the button nor Alt+O to an agent, and documents Alt+O in the help', async () => {
    const user = userEvent.setup();
    const { transport } = await renderLoggedIn(operatorHandlers());
    expect(screen.getByText(/Agent Test/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Opérateurs' })).toBeNull();
    await user.keyboard('{Alt>}o{/Alt}');
    expect(screen.queryByRole('heading', { name: 'Opérateurs' })).toBeNull();
    expect(transport.callsTo('operators.list')).toEqual([]);
    await user.keyboard('{F1}');
    const help = screen.getByRole('dialog', { name: 'Aide — clavier' });
    expect(within(help).getByRole('rowheader', { name: 'Alt+O' })).toBeTruthy();
  });

  it('goes back to the search with « Retour »', async () => {
    const user = userEvent.setup();
    await renderLoggedIn({ ...referentSessionHandlers, ...operatorHandlers() });
    await user.click(screen.getByRole('button', { name: 'Opérateurs' }));
    await screen.findByRole('table', { name: 'Comptes opérateurs' });
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(await screen.findByRole('searchbox', { name: 'Rechercher un patient' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLoggedIn } from '../../test/render-app.js';
import { row, view } from '../../test/fixtures.js';

afterEach(cleanup);

const rows = [
  row({ id: 7, birthName: 'DUPONT', matchedBy: ['exact'], possibleHomonym: true }),
  row({ id: 8, birthName: 'DUPONTEL', birthFirstNames: 'MARIE ANNE', firstBirthName: 'MARIE', sex: 'F', matchedBy: ['prefixe'] }),
];

describe('SearchScreen', () => {
  it('shows rows as the agent types, moves with ↓/↑ and opens with Entrée', async () => {
    const user = userEvent.setup();
    const { transport } = await renderLoggedIn({
      'identity.search': ({ query }) => ({ rows: query.startsWith('dup') ? rows : [], truncated: false, tookMs: 1 }),
      'identity.get': ({ id }) => view({ id, birthName: id === 8 ? 'DUPONTEL' : 'DUPONT' }),
    });
    const box = screen.getByRole('searchbox', { name: 'Rechercher un patient' });
    expect(document.activeElement).toBe(box);
    expect(screen.getByText("Date de naissance, nom, prénom, IPP ou matricule INS — dans n'importe quel ordre")).toBeTruthy();

    await user.type(box, 'dup');
    const grid = await screen.findByRole('grid', { name: 'Identités trouvées' });
    const bodyRows = within(grid).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(2);
    expect(within(bodyRows[0]!).getByText('Homonyme possible')).toBeTruthy();
    expect(within(bodyRows[0]!).getByText('exact')).toBeTruthy();
    expect(within(bodyRows[1]!).getByText('préfixe')).toBeTruthy();
    expect(within(bodyRows[0]!).getByText('12/03/1980')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 résultats');

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows[0]);
    expect(bodyRows[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows[1]);
    expect(bodyRows[1]!.getAttribute('aria-selected')).toBe('true');
    expect(bodyRows[0]!.getAttribute('aria-selected')).toBe('false');

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /DUPONTEL/ })).toBeTruthy();
    expect(transport.callsTo('identity.get')).toEqual([{ id: 8 }]);
  });

  it('drops an answer that arrives after a newer keystroke', async () => {
    const user = userEvent.setup();
    let releaseFirst: (() => void) | null = null;
    await renderLoggedIn({
      'identity.search': ({ query }) =>
        query === 'd'
          ? new Promise((resolve) => {
              releaseFirst = () => resolve({ rows: [row({ id: 1, birthName: 'DURAND' })], truncated: false, tookMs: 900 });
            })
          : { rows: [row({ id: 2, birthName: 'DUPONT' })], truncated: false, tookMs: 1 },
    });
    const box = screen.getByRole('searchbox', { name: 'Rechercher un patient' });
    await user.type(box, 'd');
    await waitFor(() => expect(releaseFirst).not.toBeNull()); // the slow search for « d » is in flight
    await user.type(box, 'u');
    expect(await screen.findByText('DUPONT')).toBeTruthy();
    releaseFirst!();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('DURAND')).toBeNull();
    expect(screen.getByText('DUPONT')).toBeTruthy();
  });

  it('says when the list is truncated and when nothing matches', async () => {
    const user = userEvent.setup();
    await renderLoggedIn({
      'identity.search': ({ query }) => ({ rows: query === 'a' ? rows : [], truncated: query === 'a', tookMs: 1 }),
    });
    const box = screen.getByRole('searchbox', { name: 'Rechercher un patient' });
    await user.type(box, 'a');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 résultats, affinez la recherche'));
    await user.type(box, 'z');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Aucune identité ne correspond à « az ».'));
  });

  it('opens the creation form with Alt+N', async () => {
    const user = userEvent.setup();
    await renderLoggedIn({ 'identity.check': () => ({ normalized: {}, errors: [], warnings: [] }) });
    await user.keyboard('{Alt>}n{/Alt}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouvelle identité' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Nom de naissance'));
  });
});

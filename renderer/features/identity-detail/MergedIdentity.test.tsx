// @vitest-environment jsdom
// The fiche of an identity absorbed by a merge: the banner, read-only actions, and the way to the survivor.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLoggedIn } from '../../test/render-app.js';
import { row, view } from '../../test/fixtures.js';

afterEach(cleanup);

describe('fiche of a merged identity', () => {
  it('says where it went, offers only the history, and opens the survivor', async () => {
    const user = userEvent.setup();
    const { transport } = await renderLoggedIn({
      'identity.search': () => ({ rows: [row({ id: 8, birthName: 'DUPOND' })], truncated: false, tookMs: 1 }),
      'identity.get': ({ id }) =>
        id === 8
          ? view({ id: 8, ipp: 'P8', birthName: 'DUPOND', mergedInto: { id: 7, ipp: 'P7' } })
          : view({ id: 7, ipp: 'P7', birthName: 'DUPONT', ippAliases: ['P8'] }),
      'identity.history': () => [],
    });
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un patient' }), 'dup');
    await screen.findByRole('grid');
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('heading', { level: 1, name: /DUPOND/ });
    expect(screen.getByText("Identité fusionnée dans l'IPP P7 : elle n'est plus modifiable.").closest('[role="note"]')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Marquer/ })).toBeNull();
    await user.keyboard('{Alt>}m{/Alt}');
    expect(screen.getByRole('heading', { level: 1, name: /DUPOND/ })).toBeTruthy();
    await user.keyboard('{Alt>}h{/Alt}');
    expect(await screen.findByRole('region', { name: 'Historique' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: "Ouvrir l'identité IPP P7" }));
    await screen.findByRole('heading', { level: 1, name: /DUPONT/ });
    expect(screen.getByText('Anciens IPP fusionnés dans cette identité (retrouvés par la recherche) : P8')).toBeTruthy();
    expect(transport.callsTo('identity.get')).toEqual([{ id: 8 }, { id: 7 }]);
  });
});

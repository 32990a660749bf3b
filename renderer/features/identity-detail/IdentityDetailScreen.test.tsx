// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/contract/reply.js';
import { DEFAULT_DEVICE_TYPES } from '../../../core/identity/labels.js';
import { renderLoggedIn } from '../../test/render-app.js';
import { row, view, type View } from '../../test/fixtures.js';

afterEach(cleanup);

describe('IdentityDetailScreen', () => {
  it('records a document check with Alt+D, then shows the backend refusal of douteuse + fictive', async () => {
    const user = userEvent.setup();
    let current: View = view({ attributes: [] });
    const { transport } = await renderLoggedIn({
      'identity.search': () => ({ rows: [row({ id: 7, birthName: 'DUPONT' })], truncated: false, tookMs: 1 }),
      'identity.get': () => current,
      'reference.deviceTypes': () => [...DEFAULT_DEVICE_TYPES],
      'identity.recordDocumentCheck': ({ deviceType, validUntil }) => {
        current = view({
          status: 'validee',
          version: 2,
          documentCheck: { deviceType, deviceLabel: 'Passeport', validUntil, checkedAt: '2025-06-01T09:00:00.000Z', operator: 'accueil' },
          missingForQualified: ['Récupération de l’INS par INSi'],
        });
        return current;
      },
      'identity.setAttribute': ({ attribute }) => {
        if (attribute === 'fictive') throw new AppError('validation', 'Une identité ne peut pas être à la fois douteuse et fictive.');
        return current;
      },
    });
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un patient' }), 'dup');
    await screen.findByRole('grid');
    await user.keyboard('{ArrowDown}{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: /DUPONT/ });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Identité provisoire')).toBeTruthy();

    await user.keyboard('{Alt>}d{/Alt}');
    const dialog = screen.getByRole('dialog', { name: "Contrôle de pièce d'identité" });
    const type = within(dialog).getByLabelText('Type de pièce') as HTMLSelectElement;
    expect(type.value).toBe('');
    await screen.findByRole('option', { name: 'Passeport' });
    await user.selectOptions(type, 'PA');
    await user.type(within(dialog).getByLabelText('Date de fin de validité'), '31/12/2031{Enter}');
    expect(await screen.findByText('Identité validée')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(transport.callsTo('identity.recordDocumentCheck')).toEqual([{ id: 7, version: 1, deviceType: 'PA', validUntil: '2031-12-31' }]);

    const opener = screen.getByRole('button', { name: 'Marquer « fictive »' });
    await user.click(opener);
    await user.type(screen.getByLabelText('Motif'), 'Essai{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Une identité ne peut pas être à la fois douteuse et fictive.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(screen.getByRole('heading', { level: 1, name: /DUPONT/ })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../api/client.js';
import { createMemoryTransport } from '../../api/memory-transport.js';
import { createFormStore } from '../../stores/form-store.js';
import { checkHandler, row, view } from '../../test/fixtures.js';
import { DuplicateCandidatesDialog } from './DuplicateCandidatesDialog.js';

afterEach(cleanup);

const { matchedBy: _unused, ...existing } = row({ id: 9, birthName: 'DUPONT', ipp: 'P0000009' });
const candidates = {
  typed: {
    birthName: 'DUPOND',
    birthFirstNames: 'JEAN PIERRE',
    sex: 'M' as const,
    birthDate: '1980-03-12',
    birthplaceCog: '33063',
    birthplaceLabel: 'Bordeaux (33)',
    usedName: null,
  },
  candidates: [{ identity: existing, score: 0.93, reasons: [{ code: 'typo', label: 'Faute de frappe' }] }],
};

async function setup() {
  const create = vi.fn((_input: unknown) => view({ id: 42 }));
  const transport = createMemoryTransport({
    'identity.check': checkHandler,
    'identity.duplicateCandidates': () => candidates,
    'identity.create': create,
  });
  const form = createFormStore(createApi(transport), null, 5);
  const s = form.getState();
  s.setField('birthName', 'Dupond');
  s.setField('birthFirstNames', 'Jean Pierre');
  s.setField('birthDate', '12/03/1980');
  s.setField('sex', 'M');
  s.setField('birthplaceCog', '33063');
  expect(await form.getState().save()).toBeNull();
  expect(create).not.toHaveBeenCalled();
  const onOpen = vi.fn();
  const onCreated = vi.fn();
  render(<DuplicateCandidatesDialog form={form} onOpen={onOpen} onCreated={onCreated} />);
  return { form, create, onOpen, onCreated, user: userEvent.setup() };
}

describe('DuplicateCandidatesDialog', () => {
  it('shows the typed traits beside the candidate, the difference marked, focus on the candidate', async () => {
    await setup();
    expect(screen.getByRole('dialog', { name: 'Cette personne existe peut-être déjà' })).toBeTruthy();
    const open = screen.getByRole('button', { name: /Ouvrir la fiche existante DUPONT JEAN PIERRE, IPP P0000009/ });
    expect(document.activeElement).toBe(open);
    const diff = screen.getByText('DUPONT', { selector: 'mark' });
    expect(diff.closest('td')?.textContent).toContain('(différent de la saisie)');
    expect(screen.getByText(/Faute de frappe/)).toBeTruthy();
  });

  it('Entrée opens the existing record and creates nothing', async () => {
    const { user, onOpen, create } = await setup();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(9);
    expect(create).not.toHaveBeenCalled();
  });

  it('« Créer quand même » creates with the candidates seen', async () => {
    const { user, create, onCreated } = await setup();
    await user.click(screen.getByRole('button', { name: 'Créer quand même' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(42));
    expect(create.mock.calls[0]?.[0]).toMatchObject({ duplicateCandidatesSeen: [9] });
  });

  it('Échap goes back to the form without creating', async () => {
    const { user, form, create } = await setup();
    await user.keyboard('{Escape}');
    expect(form.getState().duplicates).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });
});

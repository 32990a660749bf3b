// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../api/client.js';
import { createMemoryTransport, type MemoryHandlers } from '../../api/memory-transport.js';
import { createFormStore } from '../../stores/form-store.js';
import { checkHandler, view } from '../../test/fixtures.js';
import { IdentityForm } from './IdentityForm.js';

afterEach(cleanup);

const LABELS = [
  'Nom de naissance',
  'Prénom(s) de naissance',
  'Premier prénom de naissance',
  'Date de naissance',
  'Sexe',
  'Lieu de naissance',
  'Nom utilisé',
  'Prénom utilisé',
];

function setup(handlers: MemoryHandlers, original = null as ReturnType<typeof view> | null) {
  const transport = createMemoryTransport({
    'identity.check': checkHandler,
    'reference.cogSuggest': ({ query }) =>
      /bord/i.test(query)
        ? [{ code: '33063', label: 'Bordeaux', detail: 'Gironde', kind: 'commune', validAtBirth: true, validFrom: null, validTo: null }]
        : [],
    'reference.cogDescribe': ({ code }) =>
      code === '33063' ? { code, label: 'Bordeaux (33)', currentLabel: null, kind: 'commune' } : null,
    ...handlers,
  });
  const api = createApi(transport);
  const form = createFormStore(api, original, 5);
  const onSaved = vi.fn();
  render(
    <IdentityForm
      form={form}
      onSaved={onSaved}
      onCancel={() => {}}
      suggest={(query, birthDate) => api.call('reference.cogSuggest', { query, ...(birthDate ? { birthDate } : {}) })}
      describe={(code) => api.call('reference.cogDescribe', { code })}
    />,
  );
  return { transport, onSaved, user: userEvent.setup() };
}

describe('IdentityForm', () => {
  it('labels the fields in RNIV order, nothing preselected for the sex', () => {
    setup({});
    const inputs = LABELS.map((l) => screen.getByLabelText(l));
    const order = [...document.querySelectorAll('input, select')];
    expect(inputs.map((i) => order.indexOf(i))).toEqual([...inputs.map((i) => order.indexOf(i))].sort((a, b) => a - b));
    expect((screen.getByLabelText('Sexe') as HTMLSelectElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Lieu de naissance' }) as HTMLInputElement).value).toBe('');
  });

  it('shows live the value as it will be stored', async () => {
    const { user } = setup({});
    await user.type(screen.getByLabelText('Prénom(s) de naissance'), 'Aurélie  anne');
    expect(await screen.findByText('AURELIE ANNE')).toBeTruthy();
    expect(screen.getByText('AURELIE ANNE').closest('p')?.textContent).toBe('Enregistré sous : AURELIE ANNE');
    await user.type(screen.getByLabelText('Nom de naissance'), 'd’Artagnan-Lefèvre');
    expect(await screen.findByText("D'ARTAGNAN-LEFEVRE")).toBeTruthy();
  });

  it('shows the field error and refuses to save while a field is invalid', async () => {
    const create = vi.fn(() => view());
    const { user, transport, onSaved } = setup({ 'identity.create': create });
    const name = screen.getByLabelText('Nom de naissance');
    await user.type(name, 'Dup0nt');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('« 0 »');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(alert.id);
    const save = screen.getByRole('button', { name: 'Enregistrer' });
    expect(save.getAttribute('aria-disabled')).toBe('true');

    await user.keyboard('{Control>}s{/Control}');
    await user.click(save);
    await waitFor(() => expect(screen.getByText('Enregistrement impossible : corrigez les champs signalés.')).toBeTruthy());
    expect(create).not.toHaveBeenCalled();
    expect(transport.callsTo('identity.create')).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('picks the birthplace in the combobox with ↓ and Entrée, then saves with Ctrl+S', async () => {
    const create = vi.fn((_input: unknown) => view({ id: 42 }));
    const { user, onSaved } = setup({ 'identity.create': create });
    await user.type(screen.getByLabelText('Nom de naissance'), 'Martin');
    await user.type(screen.getByLabelText('Prénom(s) de naissance'), 'Zoé Anaïs');
    await user.type(screen.getByLabelText('Date de naissance'), '12031980');
    expect(await screen.findByText('12/03/1980')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Sexe'), 'F');
    const place = screen.getByRole('combobox', { name: 'Lieu de naissance' });
    await user.type(place, 'bord');
    expect(await screen.findByRole('option', { name: /Bordeaux/ })).toBeTruthy();
    expect(place.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Bordeaux/ }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect((place as HTMLInputElement).value).toBe('Bordeaux (33063)');
    expect(await screen.findByText(/à la naissance : Bordeaux \(33\)/)).toBeTruthy();

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(42));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toMatchObject({ draft: { birthName: 'Martin', birthFirstNames: 'Zoé Anaïs', birthDate: '12031980', sex: 'F', birthplaceCog: '33063' } });
  });

  it('keeps the inputs and shows the message on a conflict', async () => {
    const { AppError } = await import('../../../core/contract/reply.js');
    const { user } = setup(
      {
        'identity.update': () => {
          throw new AppError('conflict', "L'identité a été modifiée par ailleurs : rechargez-la avant d'enregistrer.");
        },
      },
      view(),
    );
    const used = screen.getByLabelText('Nom utilisé');
    await user.type(used, 'Durand');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText("L'identité a été modifiée par ailleurs : rechargez-la avant d'enregistrer.")).toBeTruthy();
    expect((screen.getByLabelText('Nom utilisé') as HTMLInputElement).value).toBe('Durand');
    expect((screen.getByLabelText('IPP') as HTMLInputElement).readOnly).toBe(true);
  });

  it('locks the strict traits of a validated identity until unlocked with a reason', async () => {
    const update = vi.fn((_input: unknown) => view({ id: 7 }));
    const { user } = setup({ 'identity.update': update }, view({ status: 'qualifiee', traitsLocked: true }));
    const name = screen.getByLabelText('Nom de naissance') as HTMLInputElement;
    expect(name.readOnly).toBe(true);
    expect((screen.getByLabelText('Sexe') as HTMLSelectElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Déverrouiller les traits stricts' }));
    const dialog = screen.getByRole('dialog', { name: 'Déverrouiller les traits stricts' });
    expect(dialog.textContent).toContain('« Identité qualifiée » à « Identité validée »');
    await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(screen.getByText('Le motif est obligatoire.')).toBeTruthy();
    await user.type(screen.getByLabelText('Motif'), 'Erreur de saisie{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(name.readOnly).toBe(false);
    expect(document.activeElement).toBe(name);
    await user.clear(name);
    await user.type(name, 'Dupond');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0]?.[0]).toMatchObject({ id: 7, version: 1, unlockReason: 'Erreur de saisie', draft: { birthName: 'Dupond' } });
  });
});

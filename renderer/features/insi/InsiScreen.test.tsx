// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_TYPES } from '../../../core/identity/labels.js';
import { NOT_FOUND_MESSAGE } from '../../../core/insi/messages.js';
import type { MemoryHandlers } from '../../api/memory-transport.js';
import { renderLoggedIn } from '../../test/render-app.js';
import { checkHandler, view, type View } from '../../test/fixtures.js';
import { CARDS, STATUS_OK, houillesNotFound, serviceFault, tchitchiFound } from '../../test/insi-fixtures.js';

afterEach(cleanup);

const WARNING =
  "Identité provisoire sans contrôle de pièce d'identité : le RNIV recommande de contrôler une pièce à haut niveau de confiance lors de l'appel à INSi (risque de collision).";

const tchitchi = (partial: Partial<View> = {}) =>
  view({
    birthName: 'TCHITCHI',
    birthFirstNames: 'OLA CATARINA BELLA',
    firstBirthName: 'OLA',
    sex: 'F',
    birthDate: '1936-06-21',
    birthplace: { code: '63220', label: 'Pont-du-Château (63)', currentLabel: null, kind: 'commune' },
    insiCall: { allowed: true, reason: null, warning: WARNING },
    ...partial,
  });

/** Renders the app on the fiche of identity 7. */
async function openFiche(current: () => View, handlers: MemoryHandlers) {
  const r = await renderLoggedIn({
    'identity.get': () => current(),
    'insi.status': () => STATUS_OK,
    'insi.cards': () => [],
    'reference.deviceTypes': () => [...DEFAULT_DEVICE_TYPES],
    ...handlers,
  });
  act(() => r.stores.nav.getState().go({ screen: 'detail', id: 7 }));
  await screen.findByRole('heading', { level: 1, name: /TCHITCHI|DUPONT/ });
  return r;
}

describe('INSi from a fiche', () => {
  it('refuses to call for a douteuse identity and says why', async () => {
    const user = userEvent.setup();
    const reason = 'Identité douteuse : l’interrogation INSi est impossible tant que l’attribut est posé.';
    const { transport } = await openFiche(
      () => tchitchi({ attributes: [{ attribute: 'douteuse', reason: 'Pièce suspecte', setAt: '2025-01-02T10:00:00.000Z', operator: 'accueil' }], insiCall: { allowed: false, reason, warning: null } }),
      {},
    );
    const button = screen.getByRole('button', { name: 'Interroger INSi' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+I');
    expect(screen.getByText(`Interrogation INSi impossible : ${reason}`).id).toBe(button.getAttribute('aria-describedby'));
    await user.click(button);
    await user.keyboard('{Alt>}i{/Alt}');
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('heading', { level: 1, name: /TCHITCHI/ })).toBeTruthy();
    expect(transport.callsTo('insi.search')).toEqual([]);
    expect(transport.callsTo('insi.status')).toEqual([]);
  });

  it('warns a provisoire identity without document check, does not block, and records the check with the acceptance', async () => {
    const user = userEvent.setup();
    let current = tchitchi();
    const { transport } = await openFiche(() => current, {
      'insi.search': () => tchitchiFound({ warnings: [WARNING] }),
      'insi.accept': ({ documentCheck }) => {
        current = tchitchi({
          birthFirstNames: 'CATARINA BELLA',
          firstBirthName: 'CATARINA',
          status: documentCheck ? 'qualifiee' : 'recuperee',
          version: 2,
          insiVerified: true,
          insiVerifiedAt: '2025-06-01T09:00:00.000Z',
          insiCall: { allowed: true, reason: null, warning: null },
          documentCheck: documentCheck ? { ...documentCheck, deviceLabel: 'Passeport', checkedAt: '2025-06-01T09:00:00.000Z', operator: 'accueil' } : null,
          missingForQualified: [],
        });
        return current;
      },
    });
    await user.keyboard('{Alt>}i{/Alt}');
    await screen.findByRole('heading', { level: 1, name: /Interroger INSi/ });
    expect(screen.getByText(WARNING).getAttribute('role')).toBe('note');
    const traits = await screen.findByRole('button', { name: 'Interroger par traits' });
    expect(document.activeElement).toBe(traits); // no card in the reader
    await user.keyboard('{Enter}');

    const accept = await screen.findByRole('button', { name: "Accepter l'identité INSi" });
    expect(document.activeElement).toBe(accept);
    expect(screen.getAllByText(WARNING)).toHaveLength(1); // not repeated under the comparison
    // Maj+Tab back to the document check, nothing preselected
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByLabelText('Date de fin de validité'));
    await user.tab({ shift: true });
    const type = screen.getByLabelText('Type de pièce') as HTMLSelectElement;
    expect(document.activeElement).toBe(type);
    expect(type.value).toBe('');
    await user.selectOptions(type, 'PA');
    await user.type(screen.getByLabelText('Date de fin de validité'), '31/12/2031{Enter}');

    expect(await screen.findByText('Identité qualifiée')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Identité INSi acceptée/);
    expect(transport.callsTo('insi.search')).toEqual([{ mode: 'traits', identityId: 7, draft: null, cardId: null, beneficiaryIndex: null }]);
    expect(transport.callsTo('insi.accept')).toEqual([
      { callId: 'call-tchitchi', version: 1, acceptUnknownBirthplace: false, documentCheck: { deviceType: 'PA', validUntil: '2031-12-31' } },
    ]);
  });

  it('CR 01: the message with its advice, the attempts, then « Essayer la carte Vitale »', async () => {
    const user = userEvent.setup();
    const { transport } = await openFiche(() => view(), {
      'insi.cards': () => CARDS,
      'insi.search': () => houillesNotFound(),
    });
    await user.keyboard('{Alt>}i{/Alt}');
    const cards = await screen.findByRole('listbox', { name: 'Cartes Vitale dans le lecteur' });
    await act(async () => {}); // the focus goes to the card list once the reader answered
    expect(document.activeElement).toBe(cards); // Vitale card first (seed §3.2)
    await user.click(screen.getByRole('button', { name: 'Interroger par traits' }));

    const title = await screen.findByRole('heading', { name: NOT_FOUND_MESSAGE.title });
    expect(document.activeElement).toBe(title);
    expect(screen.getByRole('alert').textContent).toContain(NOT_FOUND_MESSAGE.text);
    const advice = screen.getAllByRole('listitem').map((li) => li.textContent);
    for (const a of NOT_FOUND_MESSAGE.advice) expect(advice).toContain(a);
    expect(within(screen.getByRole('region', { name: 'Appels INSi effectués' })).getByText(/Premier appel sans lieu de naissance →/).textContent).toContain(
      '01 (aucune identité)',
    );
    expect(screen.getByRole('button', { name: "Modifier l'identité" })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Essayer la carte Vitale' }));
    expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Cartes Vitale dans le lecteur' }));
    expect(transport.callsTo('insi.accept')).toEqual([]);

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: /DUPONT/ })).toBeTruthy();
  });

  it('a fault: the message for its audience, a way to ask again, nothing changed', async () => {
    const user = userEvent.setup();
    const { transport } = await openFiche(() => view(), { 'insi.search': () => serviceFault() });
    await user.keyboard('{Alt>}i{/Alt}');
    await user.click(await screen.findByRole('button', { name: 'Interroger par traits' }));
    expect(await screen.findByRole('heading', { name: 'Téléservice INSi temporairement indisponible' })).toBeTruthy();
    expect(screen.getByText('Aucune donnée de l’identité n’a été modifiée.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Interroger à nouveau' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Interroger par traits' }));
    expect(transport.callsTo('insi.accept')).toEqual([]);
  });

  it('refusing asks a reason, journals it and goes back to the unchanged fiche', async () => {
    const user = userEvent.setup();
    const { transport } = await openFiche(() => tchitchi(), {
      'insi.search': () => tchitchiFound(),
      'insi.refuse': () => ({}),
    });
    await user.keyboard('{Alt>}i{/Alt}');
    await user.click(await screen.findByRole('button', { name: 'Interroger par traits' }));
    await user.click(await screen.findByRole('button', { name: 'Refuser' }));
    const dialog = screen.getByRole('dialog', { name: "Refuser l'identité INSi" });
    await user.type(within(dialog).getByLabelText('Motif'), 'Prénoms différents de la pièce{Enter}');
    expect(await screen.findByText(/^Réponse INSi refusée/)).toBeTruthy();
    expect(screen.getByText('Identité provisoire')).toBeTruthy();
    expect(transport.callsTo('insi.refuse')).toEqual([{ callId: 'call-tchitchi', reason: 'Prénoms différents de la pièce' }]);
    expect(transport.callsTo('insi.accept')).toEqual([]);
  });
});

describe('INSi with the Vitale card', () => {
  it('picks the card and the beneficiary with the keyboard alone', async () => {
    const user = userEvent.setup();
    const { transport } = await openFiche(() => view(), {
      'insi.cards': () => CARDS,
      'insi.search': () => houillesNotFound(),
    });
    await user.keyboard('{Alt>}i{/Alt}');
    const cards = await screen.findByRole('listbox', { name: 'Cartes Vitale dans le lecteur' });
    await act(async () => {});
    expect(document.activeElement).toBe(cards);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Carte virtuelle 2/ }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    const people = screen.getByRole('listbox', { name: 'Bénéficiaires de la carte' });
    expect(document.activeElement).toBe(people);
    expect(within(people).getAllByRole('option')).toHaveLength(4);
    await user.keyboard('{End}{ArrowUp}');
    expect(within(people).getByRole('option', { name: /LEA/ }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Escape}'); // back to the cards, the fiche stays open
    expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Cartes Vitale dans le lecteur' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    await screen.findByRole('heading', { name: NOT_FOUND_MESSAGE.title });
    expect(transport.callsTo('insi.search')).toEqual([{ mode: 'vitale', identityId: 7, draft: null, cardId: 'carte-virtuelle-2', beneficiaryIndex: 2 }]);
    // after a card answer, « Essayer la carte Vitale » is not offered again
    expect(screen.queryByRole('button', { name: 'Essayer la carte Vitale' })).toBeNull();
  });
});

describe('INSi for a new patient', () => {
  it('asks with the typed traits and creates the identity from INSi, keeping the used name', async () => {
    const user = userEvent.setup();
    const created = tchitchi({ id: 12, birthFirstNames: 'CATARINA BELLA', firstBirthName: 'CATARINA', usedName: 'MARTIN', status: 'recuperee', insiCall: { allowed: true, reason: null, warning: null } });
    const { transport, stores } = await renderLoggedIn({
      'identity.check': checkHandler,
      'reference.cogDescribe': () => null,
      'reference.deviceTypes': () => [...DEFAULT_DEVICE_TYPES],
      'insi.status': () => STATUS_OK,
      'insi.cards': () => [],
      'insi.search': () => tchitchiFound({ identityId: null, identityVersion: null }),
      'insi.accept': () => created,
      'identity.get': () => created,
    });
    act(() => stores.nav.getState().go({ screen: 'create' }));
    await user.type(await screen.findByLabelText('Nom de naissance'), 'Tchitchi');
    await user.type(screen.getByLabelText('Prénom(s) de naissance'), 'Ola Catarina Bella');
    await user.type(screen.getByLabelText('Nom utilisé'), 'Martin');
    await user.keyboard('{Alt>}i{/Alt}');

    await screen.findByRole('heading', { level: 1, name: /Interroger INSi — nouveau patient/ });
    await user.click(await screen.findByRole('button', { name: 'Interroger par traits' }));
    expect(screen.getByRole('columnheader', { name: 'Saisie' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Identité récupérée')).toBeTruthy();

    const [search] = transport.callsTo('insi.search') as { draft: Record<string, unknown> }[];
    expect(search?.draft).toMatchObject({ birthName: 'Tchitchi', birthFirstNames: 'Ola Catarina Bella', usedName: 'Martin' });
    expect(transport.callsTo('insi.accept')).toEqual([
      { callId: 'call-tchitchi', version: null, usedName: 'Martin', usedFirstName: null, acceptUnknownBirthplace: false, documentCheck: null },
    ]);
  });

  it('« Modifier l\'identité » after a CR 01 goes back to the form with the traits typed', async () => {
    const user = userEvent.setup();
    const { stores } = await renderLoggedIn({
      'identity.check': checkHandler,
      'reference.cogDescribe': () => null,
      'reference.deviceTypes': () => [...DEFAULT_DEVICE_TYPES],
      'insi.status': () => STATUS_OK,
      'insi.cards': () => CARDS,
      'insi.search': () => houillesNotFound(),
    });
    act(() => stores.nav.getState().go({ screen: 'create' }));
    await user.type(await screen.findByLabelText('Nom de naissance'), 'Houilles');
    await user.click(screen.getByRole('button', { name: 'Interroger INSi' }));
    await user.click(await screen.findByRole('button', { name: 'Interroger par traits' }));
    await user.click(await screen.findByRole('button', { name: "Modifier l'identité" }));
    expect(((await screen.findByLabelText('Nom de naissance')) as HTMLInputElement).value).toBe('Houilles');
  });
});

// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/contract/reply.js';
import type { MemoryHandlers } from '../../api/memory-transport.js';
import type { MergeSummary, PairDetail, PairSummary } from '../../stores/duplicates-store.js';
import { referentSessionHandlers, view } from '../../test/fixtures.js';
import { renderLoggedIn } from '../../test/render-app.js';

afterEach(cleanup);

const summary = (id: number, ipp: string, birthName: string) => ({
  id, ipp, birthName, birthFirstNames: 'JEAN PIERRE', firstBirthName: 'JEAN', sex: 'M' as const, birthDate: '1980-03-12',
  birthplaceLabel: 'Bordeaux (33)', usedName: null, status: 'provisoire' as const, attributes: [],
});
const pairs: PairSummary[] = [
  { id: 5, kind: 'collision', score: 1, reasons: [{ code: 'same_ins', label: 'Même INS' }], foundAt: '2026-01-01T00:00:00.000Z', a: summary(1, 'P1', 'DUPONT'), b: summary(2, 'P2', 'DUPOND') },
  { id: 6, kind: 'duplicate', score: 0.91, reasons: [{ code: 'typo', label: 'Faute de frappe' }], foundAt: '2026-01-01T00:00:00.000Z', a: summary(3, 'P3', 'MARTIN'), b: summary(4, 'P4', 'MARTINS') },
];
const detail: PairDetail = {
  pair: { id: 6, kind: 'duplicate', score: 0.91, reasons: [{ code: 'typo', label: 'Faute de frappe' }], foundAt: '2026-01-01T00:00:00.000Z', status: 'open' },
  a: { ...view({ id: 3, ipp: 'P3', birthName: 'MARTIN', version: 4 }), ippAliases: [] },
  b: { ...view({ id: 4, ipp: 'P4', birthName: 'MARTINS', version: 2 }), ippAliases: [] },
  fields: [
    { field: 'birthName', label: 'Nom de naissance', a: 'MARTIN', b: 'MARTINS', equal: false, choosable: true },
    { field: 'birthDate', label: 'Date de naissance', a: '12/03/1980', b: '12/03/1980', equal: true, choosable: true },
    { field: 'ins', label: 'INS', a: null, b: null, equal: true, choosable: false },
  ],
};

function duplicatesHandlers(): MemoryHandlers & { merges: MergeSummary[] } {
  const merges: MergeSummary[] = [];
  let open = [...pairs];
  return {
    merges,
    'duplicates.list': () => ({ pairs: open, openDuplicates: open.filter((p) => p.kind === 'duplicate').length, openCollisions: open.filter((p) => p.kind === 'collision').length }),
    'duplicates.scan': () => ({ scanned: 120, candidates: 2, newPairs: 2, collisions: 1, tookMs: 1250 }),
    'duplicates.get': ({ pairId }) => {
      if (pairId !== 6) throw new AppError('not_found', 'Aucune paire.');
      return detail;
    },
    'duplicates.merge': (input) => {
      if (input.reason.length < 3) throw new AppError('validation', 'Indiquez le motif de la fusion (3 caractères au moins).');
      open = open.filter((p) => p.id !== input.pairId);
      merges.unshift({ id: 1, at: '2026-11-23T10:00:00.000Z', operator: 'referent', reason: input.reason, survivor: { id: 3, ipp: 'P3', birthName: 'MARTINS', firstBirthName: 'JEAN' }, absorbed: { id: 4, ipp: 'P4', birthName: 'MARTINS', firstBirthName: 'JEAN' }, undone: null });
      return { mergeId: 1, survivor: view({ id: 3, ipp: 'P3' }), message: "IPP P4 fusionné dans l'IPP P3 : il en devient un alias, retrouvé par la recherche." };
    },
    'merges.list': () => ({ merges: [...merges], total: merges.length }),
    'merges.undo': ({ mergeId }) => {
      merges[0] = { ...merges[0]!, undone: { at: '2026-11-23T11:00:00.000Z', operator: 'referent', reason: 'Erreur' } };
      open = [...pairs];
      return { survivorId: 3, absorbedId: 4, message: `Fusion n° ${mergeId} annulée.` };
    },
  };
}

describe('DuplicatesPanel', () => {
  it('scans, lists collisions first, merges a pair with the keyboard keeping a trait of the other record, then undoes it', async () => {
    const user = userEvent.setup();
    const handlers = duplicatesHandlers();
    const { transport } = await renderLoggedIn({ ...referentSessionHandlers, ...handlers });

    await user.keyboard('{Alt>}v{/Alt}{Alt>}4{/Alt}');
    expect(await screen.findByRole('tab', { name: 'Doublons', selected: true })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Rechercher les doublons' }));
    expect(await screen.findByText(/120 identités examinées en 1,3 s : 2 paires candidates, dont 2 nouvelles et 1 collisions/)).toBeTruthy();

    const grid = await screen.findByRole('grid', { name: 'Doublons potentiels à examiner' });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Collision : même INS');
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(transport.callsTo('duplicates.get')).toEqual([{ pairId: 6 }]);
    const heading = await screen.findByRole('heading', { name: /Doublon potentiel — IPP P3 \/ IPP P4/ });
    expect(document.activeElement).toBe(heading);

    // Keep the birth name of P4 on the survivor P3 (the default survivor: same status, the older record).
    expect((screen.getByRole('radio', { name: /IPP P3 — Identité provisoire/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: /MARTINS — garder la valeur de l'IPP P4/ }));
    await user.keyboard('{Alt>}u{/Alt}');
    const dialog = screen.getByRole('dialog', { name: "Fusionner l'IPP P4 dans l'IPP P3" });
    expect(dialog.textContent).toContain("L'IPP P4 devient un alias de l'IPP P3");
    expect(dialog.textContent).toContain('Nom de naissance (MARTINS)');
    await user.keyboard('Même patient, CNI vue{Enter}');
    expect(await screen.findByText("IPP P4 fusionné dans l'IPP P3 : il en devient un alias, retrouvé par la recherche.")).toBeTruthy();
    expect(transport.callsTo('duplicates.merge')).toEqual([
      {
        pairId: 6, survivorId: 3, absorbedId: 4, versions: { survivor: 4, absorbed: 2 }, reason: 'Même patient, CNI vue',
        choices: { birthName: 'absorbed', birthFirstNames: 'survivor', firstBirthName: 'survivor', sex: 'survivor', birthDate: 'survivor', birthplaceCog: 'survivor', usedName: 'survivor', usedFirstName: 'survivor' },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: "Annuler la fusion de l'IPP P4 dans l'IPP P3" }));
    await user.keyboard('Erreur{Enter}');
    expect(await screen.findByText('Fusion n° 1 annulée.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Annulée le/)).toBeTruthy());
  });

  it('keeps the reason dialog open with the refusal, and Échap goes back to the list', async () => {
    const user = userEvent.setup();
    await renderLoggedIn({ ...referentSessionHandlers, ...duplicatesHandlers() });
    await user.keyboard('{Alt>}v{/Alt}{Alt>}4{/Alt}');
    const grid = await screen.findByRole('grid', { name: 'Doublons potentiels à examiner' });
    within(grid).getAllByRole('row')[2]!.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: /IPP P3 \/ IPP P4/ });
    await user.keyboard('{Alt>}u{/Alt}ab{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('motif de la fusion');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('grid', { name: 'Doublons potentiels à examiner' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Identitovigilance' })).toBeTruthy();
  });

  it('shows « 100 paires sur 130 », and « Afficher plus » appends the next page with the focus on its first row', async () => {
    const user = userEvent.setup();
    const many: PairSummary[] = Array.from({ length: 130 }, (_, i) => ({ ...pairs[1]!, id: 100 + i, a: summary(1000 + i, `P${1000 + i}`, 'MARTIN'), b: summary(2000 + i, `P${2000 + i}`, 'MARTINS') }));
    const { transport } = await renderLoggedIn({
      ...referentSessionHandlers,
      ...duplicatesHandlers(),
      'duplicates.list': ({ limit = 50, offset = 0 }) => ({ pairs: many.slice(offset, offset + limit), openDuplicates: many.length, openCollisions: 0 }),
    });
    await user.keyboard('{Alt>}v{/Alt}{Alt>}4{/Alt}');
    const grid = await screen.findByRole('grid', { name: 'Doublons potentiels à examiner' });
    expect(within(grid).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByText('100 paires sur 130')).toBeTruthy();
    screen.getByRole('button', { name: 'Afficher plus' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('130 paires sur 130')).toBeTruthy());
    expect(transport.callsTo('duplicates.list').at(-1)).toEqual({ limit: 100, offset: 100 });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(130);
    await waitFor(() => expect(document.activeElement).toBe(rows[100]));
    expect(rows[100]!.getAttribute('tabindex')).toBe('0');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });
});

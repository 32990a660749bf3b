// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEVICE_TYPES } from '../../../core/identity/labels.js';
import { adrtroisFound, tchitchiFound } from '../../test/insi-fixtures.js';
import { ComparisonPanel } from './ComparisonPanel.js';

afterEach(cleanup);

const rowOf = (label: string) => screen.getByRole('rowheader', { name: label }).closest('tr') as HTMLTableRowElement;
const cells = (label: string) => within(rowOf(label)).getAllByRole('cell');

describe('ComparisonPanel', () => {
  it('marks the differing characters on each side, in words too, and Entrée accepts', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn(async () => null);
    render(
      <ComparisonPanel outcome={tchitchiFound()} isDraft={false} localBirthplaceLabel="Pont-du-Château (63)" documentCheck={null} busy={false} shownWarning={null} onAccept={onAccept} onRefuse={() => {}} />,
    );

    const [local, returned, verdict] = cells('Prénom(s) de naissance');
    const removed = local!.querySelector('del');
    expect(removed?.textContent).toBe('[absent d’INSi : OLA ]');
    expect(local!.textContent).toBe('[absent d’INSi : OLA ]CATARINA BELLA');
    expect(returned!.textContent).toBe('CATARINA BELLA');
    expect(returned!.querySelector('ins')).toBeNull();
    expect(verdict!.textContent).toContain('différent');

    const [, ret] = cells('Premier prénom de naissance');
    expect(ret!.querySelectorAll('ins').length).toBeGreaterThan(0);
    expect(cells('Nom de naissance')[2]!.textContent).toContain('concordant');
    const [localMat, retMat, verdictMat] = cells('Matricule INS');
    expect(localMat!.textContent).toBe('— (absent)');
    expect(retMat!.textContent).toBe('[absent de la fiche : 236066322083656]');
    expect(verdictMat!.textContent).toContain('absent de la fiche');
    // matricule and OID shown for the agent to compare (seed §3.2)
    expect(screen.getByText('1.2.250.1.213.1.4.8')).toBeTruthy();
    expect(screen.getByText('Des traits diffèrent : en acceptant, les traits stricts de la fiche seront remplacés par ceux d\'INSi.')).toBeTruthy();

    const accept = screen.getByRole('button', { name: "Accepter l'identité INSi" });
    expect(document.activeElement).toBe(accept);
    await user.keyboard('{Enter}');
    expect(onAccept).toHaveBeenCalledWith({ acceptUnknownBirthplace: false, documentCheck: null });
  });

  it('shows a historical birthplace as concordant with its explanation', () => {
    render(
      <ComparisonPanel outcome={adrtroisFound()} isDraft={false} localBirthplaceLabel="Bastia (20)" documentCheck={null} busy={false} shownWarning={null} onAccept={async () => null} onRefuse={() => {}} />,
    );
    const [, , verdict] = cells('Lieu de naissance');
    expect(verdict!.textContent).toContain('concordant (historique)');
    expect(verdict!.textContent).toContain('est devenu 2B020');
    expect(screen.getByText('Tous les traits concordent.')).toBeTruthy();
  });

  it('asks for the explicit acceptance of a birthplace code absent from the reference', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn(async () => null);
    const base = adrtroisFound();
    const outcome = {
      ...base,
      comparison: { ...base.comparison!, returnedBirthplaceUnknown: true, notices: ['Le code lieu de naissance 2B020 renvoyé par INSi est absent du référentiel INSEE du logiciel.'] },
    };
    render(<ComparisonPanel outcome={outcome} isDraft={false} localBirthplaceLabel={null} documentCheck={null} busy={false} shownWarning={null} onAccept={onAccept} onRefuse={() => {}} />);
    await user.keyboard('{Enter}');
    expect(onAccept).not.toHaveBeenCalled();
    const box = screen.getByRole('checkbox', { name: /J’accepte le code lieu de naissance 2B020/ });
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('alert').textContent).toMatch(/Cochez la case/);
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    expect(onAccept).toHaveBeenCalledWith({ acceptUnknownBirthplace: true, documentCheck: null });
  });

  it('records the document check with the acceptance, nothing preselected', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn(async () => 'La version de la fiche a changé : rouvrez-la.');
    render(
      <ComparisonPanel outcome={tchitchiFound()} isDraft={false} localBirthplaceLabel={null} documentCheck={{ deviceTypes: [...DEFAULT_DEVICE_TYPES] }} busy={false} shownWarning={null} onAccept={onAccept} onRefuse={() => {}} />,
    );
    const type = screen.getByLabelText('Type de pièce') as HTMLSelectElement;
    expect(type.value).toBe('');
    await user.type(screen.getByLabelText('Date de fin de validité'), '31/12/2031{Enter}');
    expect(onAccept).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(type);
    await user.selectOptions(type, 'PA');
    await user.click(screen.getByRole('button', { name: "Accepter l'identité INSi" }));
    expect(onAccept).toHaveBeenCalledWith({ acceptUnknownBirthplace: false, documentCheck: { deviceType: 'PA', validUntil: '2031-12-31' } });
    expect((await screen.findByText(/La version de la fiche a changé/)).textContent).toContain('Rien n’a été modifié.');
  });
});

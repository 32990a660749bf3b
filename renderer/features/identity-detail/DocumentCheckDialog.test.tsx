// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEVICE_TYPES } from '../../../core/identity/labels.js';
import { DocumentCheckDialog } from './DocumentCheckDialog.js';

afterEach(cleanup);

describe('DocumentCheckDialog', () => {
  it('preselects no device type and refuses to record without one', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => null);
    render(<DocumentCheckDialog deviceTypes={[...DEFAULT_DEVICE_TYPES]} onClose={() => {}} onConfirm={onConfirm} />);
    const select = screen.getByLabelText('Type de pièce') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe('— Choisir le type de pièce —');
    expect(document.activeElement).toBe(select);
    expect(screen.getAllByRole('option')).toHaveLength(DEFAULT_DEVICE_TYPES.length + 1);

    await user.type(screen.getByLabelText('Date de fin de validité'), '12/03/2031');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le contrôle' }));
    expect(screen.getByRole('alert').textContent).toBe('Choisissez le type de pièce.');
    expect(onConfirm).not.toHaveBeenCalled();

    await user.selectOptions(select, 'PA');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le contrôle' }));
    expect(onConfirm).toHaveBeenCalledWith('PA', '2031-03-12');
  });

  it('shows the backend refusal inside the dialog', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => 'La pièce est expirée depuis le 01/01/2020.');
    render(<DocumentCheckDialog deviceTypes={[...DEFAULT_DEVICE_TYPES]} onClose={() => {}} onConfirm={onConfirm} />);
    await user.selectOptions(screen.getByLabelText('Type de pièce'), 'CN');
    await user.type(screen.getByLabelText('Date de fin de validité'), '01012020{Enter}');
    expect(await screen.findByText('La pièce est expirée depuis le 01/01/2020.')).toBeTruthy();
    expect(onConfirm).toHaveBeenCalledWith('CN', '2020-01-01');
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARDS } from '../../test/insi-fixtures.js';
import { VitaleCardPicker } from './VitaleCardPicker.js';

afterEach(cleanup);

describe('VitaleCardPicker', () => {
  it('goes straight to the beneficiaries when only one card is in the reader', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<VitaleCardPicker cards={[CARDS[0]!]} autoFocus onPick={onPick} />);
    expect(screen.queryByRole('listbox', { name: 'Cartes Vitale dans le lecteur' })).toBeNull();
    const people = screen.getByRole('listbox', { name: 'Bénéficiaires de la carte' });
    expect(document.activeElement).toBe(people);
    expect(people.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /ADRUN ZOE/ }).id);
    await user.keyboard('{ArrowDown}{ArrowDown}{Home}{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith('carte-virtuelle-1', 1);
  });

  it('picks with the mouse too, and « Changer de carte » goes back to the list', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<VitaleCardPicker cards={CARDS} autoFocus={false} onPick={onPick} />);
    await user.click(screen.getByRole('option', { name: /Carte virtuelle 2/ }));
    expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Bénéficiaires de la carte' }));
    await user.click(screen.getByRole('button', { name: 'Changer de carte' }));
    await user.click(screen.getByRole('option', { name: /Carte virtuelle 1/ }));
    await user.click(screen.getByRole('option', { name: /NESSI/ }));
    expect(onPick).toHaveBeenCalledWith('carte-virtuelle-1', 1);
  });
});

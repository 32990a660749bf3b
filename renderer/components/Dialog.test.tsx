// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialog } from './Dialog.js';

afterEach(cleanup);

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Ouvrir</button>
      {open && (
        <Dialog title="Essai" onClose={() => setOpen(false)}>
          <input aria-label="Premier" />
          <button type="button">Dernier</button>
        </Dialog>
      )}
    </>
  );
}

describe('Dialog', () => {
  it('traps focus, closes on Échap and gives focus back to its opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Ouvrir' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Essai' }).getAttribute('aria-modal')).toBe('true');
    const first = screen.getByLabelText('Premier');
    const last = screen.getByRole('button', { name: 'Dernier' });
    expect(document.activeElement).toBe(first);
    await user.tab();
    expect(document.activeElement).toBe(last);
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(last);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

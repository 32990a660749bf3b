// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusBadge, TOOLTIP_HOVER_DELAY_MS } from './StatusBadge.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const missing = ["Contrôle d'une pièce d'identité à haut niveau de confiance", 'Récupération de l’INS par INSi'];

describe('StatusBadge', () => {
  it('shows what is missing at once on keyboard focus, described by the tooltip', async () => {
    const user = userEvent.setup();
    render(<StatusBadge status="provisoire" missingForQualified={missing} />);
    const badge = screen.getByText('Identité provisoire');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    expect(document.activeElement).toBe(badge);
    const tip = screen.getByRole('tooltip');
    expect(badge.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toContain('Pour atteindre « Identité qualifiée » :');
    expect(tip.textContent).toContain(missing[0]);
    expect(tip.textContent).toContain(missing[1]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip only after about a second of hover', () => {
    vi.useFakeTimers();
    render(<StatusBadge status="validee" missingForQualified={missing} />);
    const badge = screen.getByText('Identité validée');
    fireEvent.mouseEnter(badge);
    act(() => vi.advanceTimersByTime(TOOLTIP_HOVER_DELAY_MS - 100));
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.mouseLeave(badge);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('carries its words, not only a colour', () => {
    render(<StatusBadge status="qualifiee" />);
    const badge = screen.getByText('Identité qualifiée');
    expect(badge.className).toContain('badge--qualifiee');
    expect(badge.getAttribute('tabindex')).toBeNull();
  });
});

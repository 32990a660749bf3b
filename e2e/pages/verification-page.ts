// « Identitovigilance » → « Vérifications INSi » and « File de revue » page model: due counts, rate and start,
// the progress bar with its counts, the last runs, the review grid and one item with its decisions.
import { expect, type Page } from '@playwright/test';

export class VerificationPage {
  constructor(private readonly page: Page) {}

  readonly runsTab = () => this.page.getByRole('tab', { name: 'Vérifications INSi' });
  readonly reviewTab = () => this.page.getByRole('tab', { name: 'File de revue' });
  readonly due = () => this.page.locator('.verification-due');
  readonly rate = () => this.page.getByLabel('Appels par seconde');
  readonly progress = () => this.page.getByRole('progressbar', { name: 'Progression de la vérification' });
  readonly runsTable = () => this.page.getByRole('table', { name: 'Dernières vérifications' });
  readonly reviewGrid = () => this.page.getByRole('grid', { name: 'Vérifications INSi en échec à examiner' });
  readonly reviewRow = (text: string) => this.reviewGrid().locator('tbody').getByRole('row').filter({ hasText: text });
  readonly itemHeading = () => this.page.getByRole('heading', { level: 3, name: /Vérification en échec — IPP/ });
  readonly notice = () => this.page.locator('.review-queue .notice[role="status"]');
  readonly accept = () => this.page.getByRole('button', { name: 'Accepter l’identité INSi' });
  readonly keep = () => this.page.getByRole('button', { name: 'Conserver l’identité locale' });

  /** Opens « Identitovigilance » (Alt+V) and its tab n° `n` (Alt+n). */
  async openTab(n: number, name: string) {
    await this.page.keyboard.press('Alt+v');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Identitovigilance' })).toBeVisible();
    await this.page.keyboard.press(`Alt+${n}`);
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }
}

// « Identitovigilance » → « Doublons » page model: the scan, the pairs grid, one pair side by side with
// its decision buttons, and « Fusions récentes ».
import { expect, type Page } from '@playwright/test';

export class DuplicatesPage {
  constructor(private readonly page: Page) {}

  readonly tab = () => this.page.getByRole('tab', { name: 'Doublons' });
  readonly scanButton = () => this.page.getByRole('button', { name: 'Rechercher les doublons' });
  readonly scanStatus = () => this.page.getByRole('status').filter({ hasText: /identités examinées/ });
  readonly grid = () => this.page.getByRole('grid', { name: 'Doublons potentiels à examiner' });
  /** The row of the pair naming both IPPs. */
  readonly pairRow = (ippA: string, ippB: string) => this.grid().locator('tbody').getByRole('row').filter({ hasText: ippA }).filter({ hasText: ippB });
  readonly pairHeading = () => this.page.getByRole('heading', { level: 2, name: /IPP .* \/ IPP / });
  readonly dialog = (name: string | RegExp) => this.page.getByRole('dialog', { name });
  readonly notice = () => this.page.locator('.duplicates .notice');
  readonly undoButton = (absorbedIpp: string, survivorIpp: string) =>
    this.page.getByRole('button', { name: `Annuler la fusion de l'IPP ${absorbedIpp} dans l'IPP ${survivorIpp}` });

  /** Opens « Identitovigilance » (Alt+V) and its « Doublons » tab. */
  async open() {
    await this.page.keyboard.press('Alt+v');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Identitovigilance' })).toBeVisible();
    await this.tab().focus();
    await this.page.keyboard.press('Enter');
    await expect(this.tab()).toHaveAttribute('aria-selected', 'true');
  }
}

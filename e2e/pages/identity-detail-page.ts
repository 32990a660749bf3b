// Identity detail page model: heading, status badge, traits, actions and their dialogs, history.
import { expect, type Page } from '@playwright/test';

export class IdentityDetailPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly badge = (status: RegExp | string = /^Identité (provisoire|récupérée|validée|qualifiée)$/) =>
    this.page.locator('.detail-head').getByText(status);
  readonly trait = (label: string) =>
    this.page.locator('.trait').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  readonly dialog = (name: string | RegExp) => this.page.getByRole('dialog', { name });
  readonly history = () => this.page.getByRole('region', { name: 'Historique' });

  async isShown(name: RegExp) {
    await expect(this.heading()).toHaveText(name);
  }

  async expectStatus(label: string) {
    await expect(this.page.locator('.detail-head .badge')).toHaveText(label);
  }

  async recordDocumentCheck(deviceLabel: string, validUntil: string) {
    await this.page.getByRole('button', { name: "Contrôle de pièce d'identité" }).click();
    const dialog = this.dialog("Contrôle de pièce d'identité");
    await expect(dialog.getByLabel('Type de pièce')).toHaveValue('');
    await dialog.getByLabel('Type de pièce').selectOption({ label: deviceLabel });
    await dialog.getByLabel('Date de fin de validité').fill(validUntil);
    await dialog.getByRole('button', { name: 'Enregistrer le contrôle' }).click();
  }

  /** Opens the attribute dialog, types the reason and confirms; the dialog stays open on a refusal. */
  async setAttribute(attribute: 'douteuse' | 'fictive' | 'homonyme', reason: string) {
    await this.page.getByRole('button', { name: `Marquer « ${attribute} »` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Motif').fill(reason);
    await dialog.getByRole('button', { name: 'Marquer' }).click();
  }
}

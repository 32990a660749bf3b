// « Opérateurs » page model (referent only): the header button, the accounts table and the form
// « Nouveau compte », filled with the keyboard from « Identifiant » (focused on arrival).
import { expect, type Page } from '@playwright/test';

export interface NewAccount {
  username: string;
  displayName: string;
  /** The option label of « Rôle ». */
  role: "Agent d'accueil" | 'Référent en identitovigilance';
  password: string;
}

export class OperatorsPage {
  constructor(private readonly page: Page) {}

  readonly headerButton = () => this.page.getByRole('banner').getByRole('button', { name: 'Opérateurs', exact: true });
  readonly table = () => this.page.getByRole('table', { name: 'Comptes opérateurs' });
  readonly rowOf = (username: string) => this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: username, exact: true }) });
  readonly form = () => this.page.getByRole('form', { name: 'Nouveau compte' });
  readonly field = (label: string) => this.form().getByLabel(label, { exact: true });
  readonly notice = () => this.page.getByRole('status');
  readonly error = () => this.form().getByRole('alert');

  async isShown() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Opérateurs' })).toBeVisible();
    await expect(this.table()).toBeVisible();
    await expect(this.field('Identifiant')).toBeFocused();
  }

  /** Types the account field after field (Tab), the role by its label, then Entrée. */
  async create(account: NewAccount) {
    await expect(this.field('Identifiant')).toBeFocused();
    await this.page.keyboard.type(account.username);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(account.displayName);
    await this.page.keyboard.press('Tab');
    await expect(this.field('Rôle')).toBeFocused();
    await this.field('Rôle').selectOption({ label: account.role });
    await this.page.keyboard.press('Tab');
    await expect(this.field('Mot de passe')).toBeFocused();
    await this.page.keyboard.type(account.password);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(account.password);
    await this.page.keyboard.press('Enter');
  }
}

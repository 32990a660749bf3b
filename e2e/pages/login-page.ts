// « Connexion » page model: keyboard only (the identifier field has the focus on arrival).
import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(private readonly page: Page) {}

  readonly username = () => this.page.getByLabel('Identifiant', { exact: true });
  readonly password = () => this.page.getByLabel('Mot de passe', { exact: true });
  readonly error = () => this.page.getByRole('alert');

  async loginWithKeyboard(username: string, password: string) {
    await expect(this.username()).toBeFocused();
    await this.page.keyboard.type(username);
    await this.page.keyboard.press('Tab');
    await expect(this.password()).toBeFocused();
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }
}

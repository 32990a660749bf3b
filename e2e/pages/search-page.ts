// « Recherche de patient » page model: the one search box and the results grid.
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  constructor(private readonly page: Page) {}

  readonly box = () => this.page.getByRole('searchbox', { name: 'Rechercher un patient' });
  readonly grid = () => this.page.getByRole('grid', { name: 'Identités trouvées' });
  readonly status = () => this.page.locator('#search-status');
  /** Result rows (the header row excluded). */
  readonly rows = () => this.grid().locator('tbody').getByRole('row');
  readonly rowWith = (text: string | RegExp) => this.rows().filter({ hasText: text });

  async isShown() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Recherche de patient' })).toBeVisible();
    await expect(this.box()).toBeFocused();
  }

  /** Replaces the query and waits until the results answer it. */
  async search(query: string) {
    await this.box().fill(query);
    await expect(this.status()).not.toHaveText(/^(Recherche…)?$/);
  }

  /** Searches, checks exactly one row matches `name`, opens it (select, then Entrée). */
  async open(query: string, name: RegExp) {
    await this.search(query);
    const row = this.rowWith(name);
    await expect(row).toHaveCount(1);
    await row.click();
    await row.press('Enter');
    // The detail focuses its heading once the identity is loaded: its shortcuts work from then on.
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeFocused();
  }

  async expectRow(row: Locator) {
    await expect(row).toHaveCount(1);
  }
}

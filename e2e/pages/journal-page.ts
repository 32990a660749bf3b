// « Identitovigilance › Journal » page model: the filters form, the entries table, the integrity check and
// the audit export.
import { expect, type Page } from '@playwright/test';

export class JournalPage {
  constructor(private readonly page: Page) {}

  readonly tab = () => this.page.getByRole('tab', { name: 'Journal', exact: true });
  readonly filters = () => this.page.getByRole('form', { name: 'Filtres du journal' });
  readonly filter = (label: string) => this.filters().getByLabel(label, { exact: true });
  readonly table = () => this.page.getByRole('table', { name: /entrées les plus récentes d’abord/ });
  readonly rows = () => this.table().locator('tbody tr');
  readonly verifyButton = () => this.page.getByRole('button', { name: /^Vérifier l’intégrité du journal/ });
  readonly status = () => this.page.locator('.journal-verdict');

  async open() {
    await this.page.keyboard.press('Alt+v');
    await this.tab().click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Journal' })).toBeVisible();
    await expect(this.rows().first()).toBeVisible();
  }

  /** The operator column of every row shown. */
  async operators(): Promise<string[]> {
    return this.rows().locator('td:nth-of-type(2)').allTextContents();
  }

  async download(button: RegExp): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const d = await download;
    const chunks: Buffer[] = [];
    for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
    return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}

// « Identitovigilance › Indicateurs » page model: the period form, the key figures, and each block (a region
// named by its heading) with its data table and « Exporter en CSV ».
import { expect, type Page } from '@playwright/test';

export class IndicatorsPage {
  constructor(private readonly page: Page) {}

  readonly tab = () => this.page.getByRole('tab', { name: 'Indicateurs', exact: true });
  readonly keyFigures = () => this.page.getByRole('region', { name: 'Chiffres clés' });
  readonly keyFigure = (label: string) => this.keyFigures().locator('.key-figure').filter({ has: this.page.getByRole('term').filter({ hasText: label }) });
  readonly block = (title: string) => this.page.getByRole('region', { name: title });
  readonly table = (title: string) => this.block(title).getByRole('table', { name: title });
  readonly rowOf = (title: string, header: string) =>
    this.table(title).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: header, exact: true }) });
  readonly periodForm = () => this.page.getByRole('form', { name: 'Période des indicateurs' });

  async open() {
    await this.page.keyboard.press('Alt+v');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Identitovigilance' })).toBeVisible();
    await this.tab().click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Indicateurs' })).toBeVisible();
    await expect(this.keyFigures()).toBeVisible();
  }

  /** Clicks « Exporter en CSV » under a table and returns the saved file's text. */
  async exportCsv(title: string): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.block(title).getByRole('button', { name: 'Exporter en CSV' }).click();
    const d = await download;
    const stream = await d.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}

// « Interroger INSi » page model: the card reader lists, the traits button, the comparison table (rows
// by trait label, <del>/<ins> marks), the decision buttons, the message with its advice, the attempts —
// plus an in-page timer of how long the comparison takes to appear once INSi's answer has arrived.
import { expect, type Locator, type Page } from '@playwright/test';

export const ACCEPT = "Accepter l'identité INSi";

export class InsiPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: /^Interroger INSi/ });
  readonly cards = () => this.page.getByRole('listbox', { name: 'Cartes Vitale dans le lecteur' });
  readonly beneficiaries = () => this.page.getByRole('listbox', { name: 'Bénéficiaires de la carte' });
  readonly byTraits = () => this.page.getByRole('button', { name: 'Interroger par traits' });
  readonly comparison = () => this.page.getByRole('table', { name: 'Comparaison des traits' });
  readonly row = (label: string): Locator =>
    this.comparison().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  /** The cells of one trait: [local, returned, verdict]. */
  readonly cells = (label: string) => this.row(label).getByRole('cell');
  readonly accept = () => this.page.getByRole('button', { name: ACCEPT });
  readonly refuse = () => this.page.getByRole('button', { name: 'Refuser', exact: true });
  readonly attempts = () => this.page.getByRole('region', { name: 'Appels INSi effectués' });
  readonly messageTitle = (title: string) => this.page.getByRole('heading', { level: 2, name: title });
  readonly advice = () => this.page.locator('.insi-advice li');
  readonly warning = () => this.page.locator('.insi-warning');

  async isShown() {
    await expect(this.heading()).toBeVisible();
  }

  /** Picks an option of a pick list with ↓ / ↑ until it is active, then Entrée. */
  async pick(list: Locator, option: RegExp) {
    await expect(list).toBeFocused();
    const options = await list.getByRole('option').allTextContents();
    const target = options.findIndex((t) => option.test(t));
    expect(target, `option ${option} among ${options.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await this.page.keyboard.press('Home');
    for (let i = 0; i < target; i++) await this.page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option', { name: option })).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
  }

  /** Call before asking INSi: records when « Accepter l'identité INSi » enters the page. */
  async armRenderTimer() {
    await this.page.evaluate((label) => {
      performance.clearResourceTimings();
      const w = window as unknown as { __insiShownAt?: number };
      delete w.__insiShownAt;
      const obs = new MutationObserver(() => {
        if ([...document.querySelectorAll('button')].some((b) => b.textContent === label)) {
          w.__insiShownAt = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document.body, { childList: true, subtree: true });
    }, ACCEPT);
  }

  /** Milliseconds between the end of INSi's answer (last /api/call response) and the comparison in the DOM. */
  async renderDelayMs(): Promise<number> {
    await expect(this.accept()).toBeVisible();
    return this.page.evaluate(() => {
      const shown = (window as unknown as { __insiShownAt?: number }).__insiShownAt;
      if (shown === undefined) throw new Error('minuteur non armé');
      const answers = performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => e.name.endsWith('/api/call') && (e as PerformanceResourceTiming).responseEnd <= shown);
      const last = answers[answers.length - 1];
      if (!last) throw new Error('réponse INSi introuvable dans les mesures de ressources');
      return shown - last.responseEnd;
    });
  }
}

// Periodic INSi re-verification (referent, demo): the due list by reason, a batch run at a chosen rate with its
// progress and outcomes, then the review queue of failed verifications resolved with the keyboard only (accept
// INSi's identity after the comparison; keep the local identity with a reason). An agent has no access.
import { expect, test } from '../fixtures.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';
import { VerificationPage } from '../pages/verification-page.js';

test('the referent runs a verification batch, sees the outcomes and resolves the review queue with the keyboard', async ({ page }) => {
  const login = new LoginPage(page);
  const search = new SearchPage(page);
  const v = new VerificationPage(page);
  await login.loginWithKeyboard('referent', 'referent');
  await search.isShown();

  await v.openTab(2, 'Vérifications INSi');
  await expect(v.due()).toContainText('identités à vérifier');
  await expect(v.due()).toContainText('1 au matricule NIA');

  await v.rate().focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('50');
  await page.keyboard.press('Enter');
  await expect(v.progress()).toBeVisible();
  const lastRun = v.runsTable().locator('tbody tr').first();
  await expect(lastRun).toContainText('Terminée', { timeout: 20_000 });
  await expect(v.progress()).toHaveCount(0);
  // Mixed outcomes: confirmed ones, and at least the two demo failures (columns: à vérifier, confirmées, échecs, à relancer).
  const cells = lastRun.locator('td');
  const count = async (column: number) => Number(await cells.nth(column).textContent());
  const [due, confirmed, failed, retried] = [await count(3), await count(4), await count(5), await count(6)];
  expect(confirmed).toBeGreaterThan(0);
  expect(failed).toBeGreaterThanOrEqual(2);
  expect(retried).toBe(0);
  expect(confirmed + failed).toBe(due);
  await expect(v.due()).toContainText('0 identité à vérifier');

  // Review queue: HERMANN (INSi has GATIEN only) → comparison → Entrée accepts.
  await page.keyboard.press('Alt+3');
  await expect(v.reviewTab()).toHaveAttribute('aria-selected', 'true');
  await expect(v.reviewRow('HERMANN')).toHaveCount(1);
  await v.reviewGrid().locator('tbody tr[tabindex="0"]').focus();
  for (let i = 0; i < 20 && !(await v.reviewRow('HERMANN').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(v.reviewRow('HERMANN')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(v.itemHeading()).toContainText('HERMANN');
  await expect(page.getByRole('table', { name: 'Comparaison des traits' })).toContainText('LOUIS');
  await expect(v.accept()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(v.notice()).toHaveText(/Identité INSi acceptée/);
  await expect(v.notice()).toBeFocused();
  await expect(v.reviewRow('HERMANN')).toHaveCount(0);

  // VIRTUELLE DONATELLO: INSi found no one, nothing to accept → keep the local identity with a reason.
  await v.reviewGrid().locator('tbody tr[tabindex="0"]').focus();
  for (let i = 0; i < 20 && !(await v.reviewRow('VIRTUELLE').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(v.itemHeading()).toContainText('VIRTUELLE');
  await expect(v.accept()).toHaveAttribute('aria-disabled', 'true');
  await v.keep().focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Conserver l’identité locale' });
  await expect(dialog.getByLabel('Motif')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Le motif est obligatoire.');
  await page.keyboard.type('Date de naissance vérifiée sur le livret de famille');
  await page.keyboard.press('Enter');
  await expect(v.notice()).toHaveText(/Identité locale conservée/);
  await expect(v.reviewRow('VIRTUELLE')).toHaveCount(0);
});

test('an agent has no Identitovigilance screen', async ({ page }) => {
  const login = new LoginPage(page);
  await login.loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
  await expect(page.getByRole('button', { name: /Identitovigilance/ })).toHaveCount(0);
  await page.keyboard.press('Alt+v');
  await expect(page.getByRole('heading', { level: 1, name: 'Identitovigilance' })).toHaveCount(0);
});

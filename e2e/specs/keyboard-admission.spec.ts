// The whole admission flow with the keyboard alone (no click): connexion, search, new identity,
// birthplace from the combobox, save, document check, back to the search, reopen, history, help.
import { expect, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { IdentityFormPage } from '../pages/identity-form-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('admits a new patient without touching the mouse', async ({ page }) => {
  const kb = page.keyboard;
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  const search = new SearchPage(page);
  await search.isShown();
  await kb.type('15/07/1985 rou');
  await expect(search.status()).toHaveText(/Aucune identité|résultat/);

  await kb.press('Alt+n');
  const form = new IdentityFormPage(page);
  await form.isShown();
  await expect(form.field('birthName')).toBeFocused();
  await kb.type('Rousseau');
  await kb.press('Tab');
  await expect(form.field('birthFirstNames')).toBeFocused();
  await kb.type('Hélène Agnès');
  await kb.press('Tab');
  await expect(form.field('firstBirthName')).toBeFocused();
  await kb.press('Tab');
  await kb.type('15071985');
  await kb.press('Tab');
  await expect(form.field('sex')).toBeFocused();
  await kb.press('f');
  await expect(form.field('sex')).toHaveValue('F');
  await kb.press('Tab');
  await expect(form.birthplace()).toBeFocused();
  await kb.type('bordeaux');
  await expect(page.getByRole('option', { name: /^Bordeaux.*33063$/ })).toBeVisible();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  await expect(form.birthplace()).toHaveValue('Bordeaux (33063)');
  await form.expectStored('birthFirstNames', 'HELENE AGNES');
  await kb.press('Control+s');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/ROUSSEAU\s+HELENE/);
  await expect(detail.heading()).toBeFocused();
  await detail.expectStatus('Identité provisoire');

  await kb.press('Alt+d');
  const dialog = detail.dialog("Contrôle de pièce d'identité");
  await expect(dialog.getByLabel('Type de pièce')).toBeFocused();
  await expect(dialog.getByLabel('Type de pièce')).toHaveValue('');
  await kb.press('p'); // « Passeport »
  await expect(dialog.getByLabel('Type de pièce')).toHaveValue('PA');
  await kb.press('Tab');
  await kb.type('31/12/2031');
  await kb.press('Enter');
  await expect(dialog).toHaveCount(0);
  await detail.expectStatus('Identité validée');

  await kb.press('Escape');
  await search.isShown();
  await kb.press('Control+a');
  await kb.type('rousseau helene');
  await expect(search.rowWith('ROUSSEAU')).toHaveCount(1);
  await kb.press('ArrowDown');
  await expect(search.rows().first()).toBeFocused();
  // the new identity is among the results: walk to it
  for (let i = 0; i < 50 && !(await search.rowWith('ROUSSEAU').evaluate((el) => el === document.activeElement)); i++) {
    await kb.press('ArrowDown');
  }
  await kb.press('Enter');
  await detail.isShown(/ROUSSEAU\s+HELENE/);

  await kb.press('Alt+h');
  await expect(detail.history()).toBeVisible();
  await expect(detail.history()).toContainText(/Contrôle de pièce/i);

  await kb.press('F1');
  const help = page.getByRole('dialog', { name: 'Aide — clavier' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Alt+N');
  await kb.press('Escape');
  await expect(help).toHaveCount(0);

  await kb.press('Alt+r');
  await search.isShown();
});

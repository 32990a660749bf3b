// Qualifying an identity through INSi with the keyboard alone (no click): connexion, search, fiche,
// Alt+I, « Interroger par traits », the comparison, the document check recorded with the acceptance,
// Entrée → « Identité qualifiée ». The whole flow is timed and must stay well under 30 seconds.
import { expect, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { InsiPage } from '../pages/insi-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('qualifies NESSI MICHELANGELO through INSi without touching the mouse', async ({ page }) => {
  const kb = page.keyboard;
  const started = Date.now();
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  const search = new SearchPage(page);
  await search.isShown();
  await kb.type('nessi michelangelo');
  await expect(search.rowWith('NESSI')).toHaveCount(1);
  await kb.press('ArrowDown');
  for (let i = 0; i < 50 && !(await search.rowWith('NESSI').evaluate((el) => el === document.activeElement)); i++) {
    await kb.press('ArrowDown');
  }
  await kb.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/NESSI\s+MICHELANGELO/);
  await detail.expectStatus('Identité provisoire');
  await kb.press('Alt+i');

  const insi = new InsiPage(page);
  await insi.isShown();
  await expect(insi.cards()).toBeFocused(); // the Vitale card comes first (seed §3.2)
  await kb.press('Tab');
  await expect(insi.byTraits()).toBeFocused();
  await kb.press('Enter');

  await expect(insi.accept()).toBeFocused();
  // ANTONY on the fiche, ANTHONY for INSi: the missing H is marked on the INSi side
  await expect(insi.cells('Prénom(s) de naissance').nth(1).locator('ins')).toHaveText('[absent de la fiche : H]');
  await kb.press('Shift+Tab');
  await expect(page.getByLabel('Date de fin de validité')).toBeFocused();
  await kb.press('Shift+Tab');
  const type = page.getByLabel('Type de pièce');
  await expect(type).toBeFocused();
  await expect(type).toHaveValue('');
  await kb.press('p'); // « Passeport »
  await expect(type).toHaveValue('PA');
  await kb.press('Tab');
  await kb.type('31/12/2031');
  await kb.press('Tab');
  await expect(insi.accept()).toBeFocused();
  await expect(insi.accept()).toHaveAccessibleDescription(/« Identité qualifiée »/);
  await kb.press('Enter');

  await detail.isShown(/NESSI\s+MICHELANGELO/);
  await detail.expectStatus('Identité qualifiée');
  const elapsed = Date.now() - started;
  console.log(`identité qualifiée par INSi au clavier en ${(elapsed / 1000).toFixed(1)} s`);
  expect(elapsed).toBeLessThan(30_000);
  await expect(detail.trait('Prénom(s) de naissance')).toHaveText('MICHELANGELO ANTHONY');
  await expect(detail.trait("Contrôle de pièce d'identité")).toContainText('Passeport');
});

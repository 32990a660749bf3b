// The duplicate check at creation, keyboard only: an agent types a patient already in the demo base
// (VANDERMONDE ARIANA, 17/06/1995, Meaux) with one letter more in the first name, saves, and is told
// « Cette personne existe peut-être déjà » with the existing record beside what was typed; Entrée opens
// the existing record and nothing is created. A second run chooses « Créer quand même », journaled.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { IdentityFormPage } from '../pages/identity-form-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

async function typeCloseTwinAndSave(page: Page) {
  const kb = page.keyboard;
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
  await kb.press('Alt+n');
  const form = new IdentityFormPage(page);
  await form.isShown();
  await expect(form.field('birthName')).toBeFocused();
  await kb.type('Vandermonde');
  await kb.press('Tab');
  await kb.type('Arianna');
  await kb.press('Tab');
  await kb.press('Tab');
  await kb.type('17061995');
  await kb.press('Tab');
  await kb.press('f');
  await kb.press('Tab');
  await expect(form.birthplace()).toBeFocused();
  await kb.type('meaux');
  await expect(page.getByRole('option', { name: /^Meaux.*77284$/ })).toBeVisible();
  await kb.press('ArrowDown');
  await kb.press('Enter');
  await expect(form.birthplace()).toHaveValue('Meaux (77284)');
  await kb.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Cette personne existe peut-être déjà' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'ARIANNA' })).toBeVisible();
  await expect(dialog.locator('mark', { hasText: 'ARIANA' })).toBeVisible();
  await expect(dialog).toContainText('Faute de frappe');
  return dialog;
}

test('opens the existing record instead of creating a duplicate', async ({ page }) => {
  const dialog = await typeCloseTwinAndSave(page);
  const open = dialog.getByRole('button', { name: /Ouvrir la fiche existante VANDERMONDE ARIANA, IPP/ });
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/VANDERMONDE\s+ARIANA/);
  await expect(detail.trait('Prénom(s) de naissance')).toHaveText('ARIANA');
  await page.keyboard.press('Alt+r');
  const search = new SearchPage(page);
  await search.isShown();
  await search.search('vandermonde');
  await expect(search.rows()).toHaveCount(1);
});

test('creates anyway, and the creation records the candidate seen', async ({ page }) => {
  const dialog = await typeCloseTwinAndSave(page);
  const createAnyway = dialog.getByRole('button', { name: 'Créer quand même' });
  for (let i = 0; i < 4 && !(await createAnyway.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(createAnyway).toBeFocused();
  await page.keyboard.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/VANDERMONDE\s+ARIANNA/);
  await page.keyboard.press('Alt+h');
  await expect(detail.history()).toContainText(/Création maintenue après présentation de 1 identité\(s\)/);
});

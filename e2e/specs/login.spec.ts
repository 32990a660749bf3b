// Connexion with the keyboard alone; the backend's refusal is shown; demo mode is announced.
import { expect, test } from '../fixtures.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('logs in with the keyboard and lands on the focused search box', async ({ page }) => {
  const login = new LoginPage(page);
  await expect(page.getByText('Mode démonstration')).toBeVisible();
  await login.loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
  await expect(page.getByText('Agent d’accueil démo')).toBeVisible();
  await expect(page.getByText("Date de naissance, nom, prénom, IPP ou matricule INS — dans n'importe quel ordre")).toBeVisible();
});

test('shows the backend message on a wrong password and stays on Connexion', async ({ page }) => {
  const login = new LoginPage(page);
  await login.loginWithKeyboard('accueil', 'mauvais');
  await expect(login.error()).toBeVisible();
  await expect(login.error()).not.toHaveText('');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Rechercher un patient' })).toHaveCount(0);
});

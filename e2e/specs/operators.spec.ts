// « Opérateurs » (referent only): the referent creates an agent account with the keyboard, logs out,
// and the new agent logs in; the demo agent sees neither the button nor the screen (Alt+O).
import { expect, test } from '../fixtures.js';
import { LoginPage } from '../pages/login-page.js';
import { OperatorsPage } from '../pages/operators-page.js';
import { SearchPage } from '../pages/search-page.js';

test('the referent creates an agent account, and the new agent logs in', async ({ page }) => {
  const login = new LoginPage(page);
  const search = new SearchPage(page);
  const operators = new OperatorsPage(page);
  await login.loginWithKeyboard('referent', 'referent');
  await search.isShown();

  await page.keyboard.press('Alt+o');
  await operators.isShown();
  await expect(operators.rowOf('accueil')).toContainText("Agent d'accueil");
  await expect(operators.rowOf('referent')).toContainText('Référent en identitovigilance');
  await expect(operators.field('Rôle')).toHaveValue('');

  // an obvious mistake is caught before anything is sent
  await operators.create({ username: 'mcurie', displayName: 'Marie Curie', role: "Agent d'accueil", password: 'court' });
  await expect(operators.error()).toHaveText('Le mot de passe doit compter au moins 8 caractères.');
  await expect(operators.field('Mot de passe')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('motdepasse-1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('motdepasse-1');
  await page.keyboard.press('Enter');

  await expect(operators.notice()).toHaveText('Compte « mcurie » créé pour Marie Curie.');
  await expect(operators.rowOf('mcurie')).toContainText('Marie Curie');
  await expect(operators.rowOf('mcurie')).toContainText("Agent d'accueil");
  await expect(operators.rowOf('mcurie')).toContainText('oui');
  await expect(operators.field('Identifiant')).toBeFocused();
  await expect(operators.field('Identifiant')).toHaveValue('');

  // the same identifier again: the backend's refusal is shown
  await operators.create({ username: 'mcurie', displayName: 'Autre', role: "Agent d'accueil", password: 'motdepasse-2' });
  await expect(operators.error()).toHaveText('L\'identifiant « mcurie » est déjà utilisé.');

  await page.keyboard.press('Escape');
  await search.isShown();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await login.loginWithKeyboard('mcurie', 'motdepasse-1');
  await search.isShown();
  await expect(page.getByRole('banner')).toContainText('Marie Curie');
  await expect(operators.headerButton()).toHaveCount(0);
});

test('the agent accueil sees no « Opérateurs » button, and Alt+O does nothing', async ({ page }) => {
  const search = new SearchPage(page);
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  await search.isShown();
  await expect(page.getByText('Agent d’accueil démo')).toBeVisible();
  await expect(new OperatorsPage(page).headerButton()).toHaveCount(0);
  await page.keyboard.press('Alt+o');
  await expect(page.getByRole('heading', { level: 1, name: 'Opérateurs' })).toHaveCount(0);
  await search.isShown();
});

// Creating an identity typed with accents, ligatures and a typographic apostrophe: the form shows
// the stored form while typing, the birthplace comes from the combobox, the record is normalised.
import { expect, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { IdentityFormPage } from '../pages/identity-form-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('stores « d’Artagnan-Lefèvre » « Zoé Anaïs » normalised', async ({ page }) => {
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
  await page.getByRole('button', { name: 'Nouvelle identité' }).click();

  const form = new IdentityFormPage(page);
  await form.isShown();
  await expect(form.field('sex')).toHaveValue('');
  await expect(form.birthplace()).toHaveValue('');
  await form.fill('birthName', 'd’Artagnan-Lefèvre');
  await form.expectStored('birthName', "D'ARTAGNAN-LEFEVRE");
  await form.fill('birthFirstNames', 'Zoé  Anaïs');
  await form.expectStored('birthFirstNames', 'ZOE ANAIS');
  await form.expectStored('firstBirthName', 'ZOE');
  await form.fill('birthDate', '12/03/1980');
  await form.expectStored('birthDate', '12/03/1980');
  await form.chooseSex('F');
  await form.chooseBirthplace('bordeaux', /^Bordeaux.*33063$/);
  await expect(form.birthplace()).toHaveValue('Bordeaux (33063)');
  await form.fill('usedName', 'Œuvrard');
  await form.expectStored('usedName', 'OEUVRARD');
  await form.saveButton().click();

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/D'ARTAGNAN-LEFEVRE\s+ZOE/);
  await detail.expectStatus('Identité provisoire');
  await expect(detail.trait('Nom de naissance')).toHaveText("D'ARTAGNAN-LEFEVRE");
  await expect(detail.trait('Prénom(s) de naissance')).toHaveText('ZOE ANAIS');
  await expect(detail.trait('Premier prénom de naissance')).toHaveText('ZOE');
  await expect(detail.trait('Date de naissance')).toHaveText('12/03/1980');
  await expect(detail.trait('Sexe')).toHaveText('Féminin');
  await expect(detail.trait('Lieu de naissance')).toContainText('33063');
  await expect(detail.trait('Nom utilisé')).toHaveText('OEUVRARD');
});

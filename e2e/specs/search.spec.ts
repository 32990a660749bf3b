// Finding one identity by the query forms agents really type (RNIV: date first, then name letters),
// and opening it from the results with the keyboard.
import { expect, createIdentity, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('finds « d’Artagnan-Lefèvre Zoé » by name, first name, date and IPP in any order', async ({ page, api }) => {
  const created = await createIdentity(api, {
    birthName: 'd’Artagnan-Lefèvre',
    birthFirstNames: 'Zoé Anaïs',
    birthDate: '12/03/1980',
    sex: 'F',
    birthplaceCog: '33063',
  });
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  const search = new SearchPage(page);
  await search.isShown();

  for (const query of ['dartagnan', "d'artagnan", 'lefevre zoe', 'zoe lefevre', '12031980', '12/03/1980 d’art', '1980-03-12 lef', created.ipp]) {
    await search.search(query);
    await expect(search.rowWith("D'ARTAGNAN-LEFEVRE"), `query « ${query} »`).toHaveCount(1);
  }

  const row = search.rowWith("D'ARTAGNAN-LEFEVRE");
  await expect(row).toContainText('12/03/1980');
  await expect(row).toContainText(created.ipp);
  await expect(row).toContainText(/exact|préfixe|phonétique|identifiant/);

  await search.search('lefevre zoe');
  await search.box().press('ArrowDown');
  await expect(search.rows().first()).toBeFocused();
  await expect(search.rows().first()).toHaveAttribute('aria-selected', 'true');
  await search.rowWith("D'ARTAGNAN-LEFEVRE").focus();
  await page.keyboard.press('Enter');
  await new IdentityDetailPage(page).isShown(/D'ARTAGNAN-LEFEVRE/);
});

test('says so when nothing matches', async ({ page }) => {
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  const search = new SearchPage(page);
  await search.search('zzqxw 01/01/1881');
  await expect(search.status()).toHaveText('Aucune identité ne correspond à « zzqxw 01/01/1881 ».');
  await expect(search.grid()).toHaveCount(0);
});

// « Historique »: creation, a change of a complementary trait (before → after) and a locked strict
// trait changed after an explicit unlock with a reason.
import { expect, createIdentity, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { IdentityFormPage } from '../pages/identity-form-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('shows who changed what, before → after, with the reason', async ({ page, api }) => {
  const created = await createIdentity(api, {
    birthName: 'Bernard', birthFirstNames: 'Claire Marie', birthDate: '05/06/1990', sex: 'F', birthplaceCog: '33063',
  });
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  const search = new SearchPage(page);
  await search.search(created.ipp);
  await search.box().press('ArrowDown');
  await page.keyboard.press('Enter');
  const detail = new IdentityDetailPage(page);
  await detail.isShown(/BERNARD\s+CLAIRE/);

  // A document check locks the strict traits (validée).
  await detail.recordDocumentCheck("Carte nationale d'identité", '01/01/2032');
  await detail.expectStatus('Identité validée');

  await page.keyboard.press('Alt+m');
  const form = new IdentityFormPage(page);
  await form.isShown('Modifier l’identité');
  await expect(form.field('birthName')).toHaveAttribute('readonly', '');
  await form.fill('usedName', 'Durand');
  await page.getByRole('button', { name: 'Déverrouiller les traits stricts' }).click();
  const unlock = page.getByRole('dialog', { name: 'Déverrouiller les traits stricts' });
  await expect(unlock).toContainText('fait perdre la vérification INSi');
  await unlock.getByLabel('Motif').fill('Erreur de saisie du prénom');
  await unlock.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(form.field('birthName')).not.toHaveAttribute('readonly', '');
  await form.fill('birthFirstNames', 'Claire Marie Louise');
  await form.saveWithKeyboard();

  await detail.isShown(/BERNARD\s+CLAIRE/);
  await expect(detail.trait('Nom utilisé')).toHaveText('DURAND');
  await page.keyboard.press('Alt+h');
  const history = detail.history();
  await expect(history).toBeVisible();
  const change = (label: string, after: string) =>
    history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).filter({ hasText: after });
  await expect(change('Nom utilisé', 'DURAND').getByRole('cell')).toHaveText(['—', 'DURAND']);
  await expect(change('Prénom(s) de naissance', 'CLAIRE MARIE LOUISE').getByRole('cell')).toHaveText(['CLAIRE MARIE', 'CLAIRE MARIE LOUISE']);
  await expect(history).toContainText('Motif : Erreur de saisie du prénom');
  await expect(history).toContainText('accueil');
});

// Status derivation seen from the desk: a document check makes « Identité validée »; douteuse
// forces provisoire but keeps the check; douteuse + fictive is refused with the backend's message.
import { expect, createIdentity, test } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('document check → validée; douteuse → provisoire with the check kept', async ({ page, api }) => {
  const created = await createIdentity(api, {
    birthName: 'Martin', birthFirstNames: 'Paul', birthDate: '01/02/1975', sex: 'M', birthplaceCog: '33063',
  });
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  const search = new SearchPage(page);
  await search.search(created.ipp);
  await search.box().press('ArrowDown');
  await page.keyboard.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/MARTIN\s+PAUL/);
  await detail.expectStatus('Identité provisoire');

  // The status tooltip appears on keyboard focus and lists what is missing.
  const badge = page.locator('.detail-head .badge');
  await badge.focus();
  await expect(page.getByRole('tooltip')).toContainText('Pour atteindre « Identité qualifiée » :');
  await expect(badge).toHaveAccessibleDescription(/Pour atteindre « Identité qualifiée »/);

  await detail.recordDocumentCheck('Passeport', '12/03/2031');
  await expect(detail.dialog("Contrôle de pièce d'identité")).toHaveCount(0);
  await detail.expectStatus('Identité validée');
  await expect(detail.trait("Contrôle de pièce d'identité")).toContainText('Passeport');

  await detail.setAttribute('douteuse', 'Pièce présentée douteuse');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await detail.expectStatus('Identité provisoire');
  await expect(page.locator('.detail-head')).toContainText('Identité douteuse');
  await expect(detail.trait("Contrôle de pièce d'identité")).toContainText('Passeport');

  await detail.setAttribute('fictive', 'Essai de cumul');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog.getByRole('alert')).not.toHaveText('');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Marquer « fictive »' })).toBeFocused();
  await expect(page.locator('.detail-head')).not.toContainText('Identité fictive');
});

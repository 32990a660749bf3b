// Invalid inputs are named in French on their field and nothing is saved: a digit in the name,
// 30/02/2001, a future date, a birthplace code that never existed (12345).
import { expect, test } from '../fixtures.js';
import { IdentityFormPage } from '../pages/identity-form-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('refuses a digit, an impossible date, a future date and an unknown birthplace code', async ({ page, api }) => {
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
  await page.keyboard.press('Alt+n');
  const form = new IdentityFormPage(page);
  await form.isShown();

  await form.fill('birthName', 'Dup0nt');
  await form.expectError('birthName', /« 0 »/);
  await form.fill('birthFirstNames', 'Jean');
  await form.fill('birthDate', '30/02/2001');
  await form.expectError('birthDate', /30 février 2001/);
  await form.chooseSex('M');
  await form.birthplace().fill('12345');
  await form.birthplace().press('Tab');
  await form.expectError('birthplace', /12345/);
  await expect(form.saveButton()).toHaveAttribute('aria-disabled', 'true');

  await form.saveWithKeyboard();
  await expect(form.formError()).toBeVisible();
  await expect(form.field('birthName')).toBeFocused();

  await form.fill('birthName', 'Dupont');
  await form.fill('birthDate', '12/03/2999');
  await form.expectError('birthDate', /futur/);
  await form.saveButton().press('Enter'); // aria-disabled: still reachable, and it refuses
  await expect(form.formError()).toBeVisible();
  await form.isShown();

  const found = await api.call<{ rows: unknown[] }>('identity.search', { query: 'dupont jean' });
  const dup0nt = await api.call<{ rows: unknown[] }>('identity.search', { query: 'dup0nt' });
  expect(found.rows.filter((r) => (r as { birthFirstNames: string }).birthFirstNames === 'JEAN' && (r as { birthName: string }).birthName === 'DUPONT' && (r as { birthDate: string }).birthDate === '2999-03-12')).toEqual([]);
  expect(dup0nt.rows.filter((r) => (r as { birthName: string }).birthName === 'DUP0NT')).toEqual([]);
});

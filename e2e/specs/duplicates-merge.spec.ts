// « Doublons » (referent): two records of one patient are found by the bulk scan, merged with the
// keyboard (the absorbed IPP becomes an alias: the patient search by the old IPP lands on the survivor),
// then the merge is undone and both records are found again by their own IPP.
import { createIdentity, expect, test } from '../fixtures.js';
import { DuplicatesPage } from '../pages/duplicates-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('the referent merges a duplicate found by the scan, finds it by the old IPP, then undoes the merge', async ({ page, api }) => {
  const first = await createIdentity(api, { birthName: 'Fusionnette', birthFirstNames: 'Zoé Anaïs', birthDate: '14/07/1975', sex: 'F', birthplaceCog: '63113' });
  const second = await createIdentity(api, { birthName: 'Fusionette', birthFirstNames: 'Zoé Anaïs', birthDate: '14/07/1975', sex: 'F', birthplaceCog: '63113', usedName: 'Martin' });

  const login = new LoginPage(page);
  const search = new SearchPage(page);
  const duplicates = new DuplicatesPage(page);
  await login.loginWithKeyboard('referent', 'referent');
  await search.isShown();

  await duplicates.open();
  await duplicates.scanButton().focus();
  await page.keyboard.press('Enter');
  await expect(duplicates.scanStatus()).toBeVisible();
  const row = duplicates.pairRow(first.ipp, second.ipp);
  await expect(row).toHaveCount(1);

  // Keyboard only from here: the row, Entrée, the birth name of the first record is kept by default;
  // the used name « MARTIN » of the second is taken (Tab to its radio group, → selects the other value).
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(duplicates.pairHeading()).toBeFocused();
  await expect(page.getByRole('radio', { name: new RegExp(`^IPP ${first.ipp} —`) })).toBeChecked();
  const usedNameOfSecond = page.getByRole('radio', { name: `MARTIN — garder la valeur de l'IPP ${second.ipp}` });
  await page.getByRole('radio', { name: `— — garder la valeur de l'IPP ${first.ipp}` }).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(usedNameOfSecond).toBeChecked();
  await page.keyboard.press('Alt+u');
  const dialog = duplicates.dialog(`Fusionner l'IPP ${second.ipp} dans l'IPP ${first.ipp}`);
  await expect(dialog).toContainText(`L'IPP ${second.ipp} devient un alias de l'IPP ${first.ipp}`);
  await expect(dialog).toContainText('Nom utilisé (MARTIN)');
  await expect(dialog.getByLabel('Motif')).toBeFocused();
  await page.keyboard.type('Même patiente : carte d’identité vue');
  await page.keyboard.press('Enter');
  await expect(duplicates.notice()).toHaveText(`IPP ${second.ipp} fusionné dans l'IPP ${first.ipp} : il en devient un alias, retrouvé par la recherche.`);
  await expect(duplicates.notice()).toBeFocused();
  await expect(duplicates.pairRow(first.ipp, second.ipp)).toHaveCount(0);

  // The old IPP in the patient search lands on the survivor, which now carries the used name.
  await page.keyboard.press('Alt+r');
  await search.isShown();
  await search.search(second.ipp);
  await expect(search.rows()).toHaveCount(1);
  await expect(search.rows().first()).toContainText(first.ipp);
  await search.rows().first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /FUSIONNETTE/ })).toBeFocused();
  await expect(page.getByText(`Anciens IPP fusionnés dans cette identité (retrouvés par la recherche) : ${second.ipp}`)).toBeVisible();
  await page.keyboard.press('Alt+h');
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText("Fusion d'identités");

  // Undo from « Fusions récentes »: both records are themselves again.
  await page.keyboard.press('Escape');
  await search.isShown();
  await duplicates.open();
  await duplicates.undoButton(second.ipp, first.ipp).focus();
  await page.keyboard.press('Enter');
  await expect(duplicates.dialog(/Annuler la fusion/).getByLabel('Motif')).toBeFocused();
  await page.keyboard.type('Fusion à tort');
  await page.keyboard.press('Enter');
  await expect(duplicates.notice()).toContainText('Fusion annulée');
  await expect(page.getByRole('region', { name: 'Fusions récentes' })).toContainText('Annulée le');
  await expect(duplicates.pairRow(first.ipp, second.ipp)).toHaveCount(1);

  await page.keyboard.press('Alt+r');
  await search.isShown();
  await search.search(second.ipp);
  await expect(search.rows()).toHaveCount(1);
  await expect(search.rows().first()).toContainText(second.ipp);
  await search.search(first.ipp);
  await expect(search.rows()).toHaveCount(1);
  await expect(search.rows().first()).toContainText(first.ipp);
});

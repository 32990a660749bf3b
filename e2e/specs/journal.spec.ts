// « Journal »: the referent opens the journal, filters by operator and by identity, runs the hash-chain
// verification (« Journal intègre »), exports the entries for an audit, and reads the access journal.
import { expect, test, createIdentity } from '../fixtures.js';
import { JournalPage } from '../pages/journal-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

test('the referent filters the journal, verifies its integrity and exports it', async ({ page, api }) => {
  const created = await createIdentity(api, { birthName: 'JOURNALTEST', birthFirstNames: 'Anne', birthDate: '12/03/1980', sex: 'F', birthplaceCog: '63113' });
  await new LoginPage(page).loginWithKeyboard('referent', 'referent');
  await new SearchPage(page).isShown();
  const journal = new JournalPage(page);
  await journal.open();
  await expect(journal.rows()).toHaveCount(50);
  await expect(page.getByRole('button', { name: 'Entrées plus anciennes' })).toBeVisible();

  // By operator: only the referent's entries (logins, the creation above).
  await journal.filter('Opérateur').fill('referent');
  await page.keyboard.press('Enter');
  await expect(journal.rows().first()).toContainText('referent');
  expect(new Set(await journal.operators())).toEqual(new Set(['referent']));
  await expect(journal.table()).toContainText("Création de l'identité");

  // By identity: its creation, with its IPP.
  await journal.filter('Opérateur').fill('');
  await journal.filter('IPP de l’identité').fill(created.ipp);
  await page.keyboard.press('Enter');
  await expect(journal.rows()).toHaveCount(1);
  await expect(journal.rows().first()).toContainText(created.ipp);
  await expect(journal.rows().first()).toContainText('birthName : ∅ → JOURNALTEST');

  await journal.verifyButton().click();
  await expect(journal.status()).toContainText('Journal intègre');
  await expect(journal.status()).toBeFocused();

  const file = await journal.download(/Exporter pour audit \(CSV\)/);
  expect(file.name).toMatch(/^journal-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = file.text.split('\r\n');
  expect(lines[0]).toBe('\uFEFFseq;at;operator;workstation;action;entity;entity_id;reason;payload;libelle;prev_hash;hash');
  expect(lines[1]).toContain(';identity.create;identity;');
  await expect(page.getByRole('status').filter({ hasText: 'exportée' })).toContainText('1 entrée exportée dans « journal-');

  // The access journal, then an unknown IPP refused in French.
  await journal.filter('Journal').selectOption({ label: 'Journal des accès aux dossiers' });
  await expect(journal.table()).toHaveAccessibleName(/Journal des accès aux dossiers/);
  await journal.filter('IPP de l’identité').fill('P9999999');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText("Aucune identité ne porte l'IPP « P9999999 » (ni comme ancien IPP).");
});

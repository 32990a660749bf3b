// « Interroger INSi » against the demo host's INSi simulator (a fresh host and database per test): the
// comparison and its acceptance, the automatic retries (birthplace, first names), CR 01 advice, faults for
// the agent and for the administrator (nothing changed), the Vitale card path, and the douteuse refusal.
import { expect, test, type ContractApi } from '../fixtures.js';
import { IdentityDetailPage } from '../pages/identity-detail-page.js';
import { IdentityFormPage } from '../pages/identity-form-page.js';
import { InsiPage } from '../pages/insi-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

type Row = { id: number; birthName: string; birthFirstNames: string };
type View = { id: number; version: number; status: string; birthFirstNames: string; usedName: string | null; ins: unknown };

async function identityByName(api: ContractApi, query: string): Promise<View> {
  const { rows } = await api.call<{ rows: Row[] }>('identity.search', { query });
  expect(rows, query).toHaveLength(1);
  return api.call<View>('identity.get', { id: rows[0]!.id });
}

test.beforeEach(async ({ page }) => {
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
});

test('ADRTROIS TOUSSAINT (Corse) → 00 → accepted « Identité récupérée », then document check → « Identité qualifiée »', async ({ page }) => {
  await new SearchPage(page).open('ADRTROIS TOUSSAINT', /ADRTROIS/);
  const detail = new IdentityDetailPage(page);
  await detail.isShown(/ADRTROIS\s+TOUSSAINT/);
  await detail.expectStatus('Identité provisoire');

  await page.getByRole('button', { name: 'Interroger INSi' }).click();
  const insi = new InsiPage(page);
  await insi.isShown();
  await expect(insi.warning()).toContainText('Identité provisoire sans contrôle de pièce');
  await insi.armRenderTimer();
  await insi.byTraits().click();
  const delay = await insi.renderDelayMs();
  console.log(`comparaison affichée ${delay.toFixed(1)} ms après la réponse INSi`);
  expect(delay).toBeLessThanOrEqual(100);

  // 20020 (1960) vs 2B020: the same commune, concordant (historique), the differing character marked both sides
  const [local, returned, verdict] = [insi.cells('Lieu de naissance').nth(0), insi.cells('Lieu de naissance').nth(1), insi.cells('Lieu de naissance').nth(2)];
  await expect(verdict).toContainText('concordant (historique)');
  await expect(verdict).toContainText('20020');
  await expect(local.locator('del')).toHaveText('[absent d’INSi : 0]');
  await expect(returned.locator('ins')).toHaveText('[absent de la fiche : B]');
  await expect(insi.cells('Nom de naissance').nth(2)).toHaveText(/concordant/);
  await expect(insi.cells('Matricule INS').nth(1)).toContainText('160012B02077713');
  await expect(page.getByText('1.2.250.1.213.1.4.8')).toBeVisible();
  await expect(insi.attempts()).toContainText('sans lieu de naissance → 00');

  await expect(insi.accept()).toBeFocused();
  await page.keyboard.press('Enter');
  await detail.isShown(/ADRTROIS\s+TOUSSAINT/);
  await detail.expectStatus('Identité récupérée');
  await expect(page.getByRole('status').filter({ hasText: 'Identité INSi acceptée' })).toBeVisible();
  await expect(detail.trait('Lieu de naissance')).toContainText('2B020');

  await detail.recordDocumentCheck('Passeport', '31/12/2031');
  await expect(detail.dialog("Contrôle de pièce d'identité")).toHaveCount(0);
  await detail.expectStatus('Identité qualifiée');
  await expect(detail.trait('INS')).toContainText('160012B02077713');
});

test('DE VINCI LEONARDO: 02 without birthplace, automatic retry with the birthplace → 00', async ({ page }) => {
  await new SearchPage(page).open('DE VINCI LEONARDO', /DE VINCI/);
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.isShown();
  await insi.byTraits().click();
  await expect(insi.accept()).toBeFocused();
  const attempts = insi.attempts().getByRole('listitem');
  await expect(attempts).toHaveCount(2);
  await expect(attempts.nth(0)).toContainText(/sans lieu de naissance → 02 \(plusieurs identités\)/);
  await expect(attempts.nth(1)).toContainText(/avec le lieu de naissance.* → 00 \(identité trouvée\)/);
  await expect(attempts.nth(1)).toContainText('63220');
  await expect(insi.cells('Lieu de naissance').nth(2)).toHaveText(/concordant/);
});

test('TCHITCHI OLA CATARINA BELLA: first-name iteration → 00 on CATARINA, OLA marked, INSi list stored', async ({ page, api }) => {
  await new SearchPage(page).open('TCHITCHI', /TCHITCHI/);
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.byTraits().click();
  await expect(insi.accept()).toBeFocused();
  const attempts = insi.attempts().getByRole('listitem');
  await expect(attempts.nth(0)).toContainText(/prénom OLA.* → 01/);
  await expect(attempts.nth(1)).toContainText(/prénom CATARINA.* → 00/);
  const names = insi.cells('Prénom(s) de naissance');
  await expect(names.nth(0).locator('del')).toHaveText('[absent d’INSi : OLA ]');
  await expect(names.nth(1)).toHaveText('CATARINA BELLA');
  await expect(names.nth(2)).toContainText('différent');
  await expect(page.getByText('Des traits diffèrent')).toBeVisible();

  await insi.accept().click();
  const detail = new IdentityDetailPage(page);
  await detail.expectStatus('Identité récupérée');
  await expect(detail.trait('Prénom(s) de naissance')).toHaveText('CATARINA BELLA');
  expect((await identityByName(api, 'TCHITCHI')).birthFirstNames).toBe('CATARINA BELLA');
});

test('refusing the answer asks a reason, journals it, and changes nothing (ECETINSI)', async ({ page, api }) => {
  const before = await identityByName(api, 'ECETINSI');
  await new SearchPage(page).open('ECETINSI', /ECETINSI/);
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.byTraits().click();
  await expect(insi.cells('Prénom(s) de naissance').nth(1).locator('ins')).toContainText('MURIEL FLORIANT');
  await insi.refuse().click();
  const dialog = page.getByRole('dialog', { name: "Refuser l'identité INSi" });
  await expect(dialog.getByLabel('Motif')).toBeFocused();
  await page.keyboard.type('Prénoms à vérifier sur la pièce');
  await page.keyboard.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/ECETINSI\s+PIERRE-ALAIN/);
  await expect(page.getByRole('status').filter({ hasText: 'Réponse INSi refusée' })).toBeVisible();
  await detail.expectStatus('Identité provisoire');
  await page.keyboard.press('Alt+h');
  await expect(detail.history()).toContainText('Réponse INSi refusée');
  await expect(detail.history()).toContainText('Motif : Prénoms à vérifier sur la pièce');
  const after = await identityByName(api, 'ECETINSI');
  expect({ version: after.version, names: after.birthFirstNames }).toEqual({ version: before.version, names: before.birthFirstNames });
});

test('HOUILLES → 01: the message, the advice, and the ways on (never a dead end)', async ({ page, api }) => {
  const before = await identityByName(api, 'HOUILLES');
  await new SearchPage(page).open('HOUILLES', /HOUILLES/);
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.byTraits().click();
  const title = insi.messageTitle('Aucune identité trouvée par INSi');
  await expect(title).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Cela ne prouve pas que le patient n\'a pas d\'INS');
  await expect(insi.advice()).toHaveText([
    /orthographe du nom de naissance et des prénoms/,
    /tous les prénoms de naissance/,
    /date de naissance/,
    /carte Vitale/,
  ]);
  await expect(insi.attempts().getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('button', { name: "Modifier l'identité" })).toBeVisible();

  await page.getByRole('button', { name: 'Essayer la carte Vitale' }).click();
  await expect(insi.cards()).toBeFocused();
  await page.keyboard.press('Escape');
  const detail = new IdentityDetailPage(page);
  await detail.isShown(/HOUILLES\s+PIERRE/);
  await detail.expectStatus('Identité provisoire');

  await page.keyboard.press('Alt+i');
  await insi.byTraits().click();
  await page.getByRole('button', { name: "Modifier l'identité" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier l’identité' })).toBeVisible();
  const after = await identityByName(api, 'HOUILLES');
  expect(after.version).toBe(before.version);
});

test('a fault persona (VANDERMONDE ARIANA): clear message, nothing changed', async ({ page, api }) => {
  const before = await identityByName(api, 'VANDERMONDE');
  await new SearchPage(page).open('VANDERMONDE', /VANDERMONDE/);
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.byTraits().click();
  await expect(insi.messageTitle('Téléservice INSi temporairement indisponible')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Réessayez dans quelques minutes');
  await expect(page.getByText('Aucune donnée de l’identité n’a été modifiée.')).toBeVisible();
  await expect(insi.attempts()).toContainText('siram_40');
  await page.getByRole('button', { name: 'Interroger à nouveau' }).click();
  await expect(insi.byTraits()).toBeVisible();
  await page.keyboard.press('Escape');
  await new IdentityDetailPage(page).expectStatus('Identité provisoire');
  const after = await identityByName(api, 'VANDERMONDE');
  expect({ version: after.version, status: after.status, ins: after.ins }).toEqual({ version: before.version, status: before.status, ins: before.ins });
});

test('a configuration fault (unknown IDAM, injected in the simulator): message for the administrator, nothing changed', async ({ page, api, request }) => {
  const status = await api.call<{ endpoint: string }>('insi.status', {});
  // The simulator's admin API lives beside its endpoint, on loopback (insi-mock/README.md).
  const inject = await request.post(new URL('/admin/inject', status.endpoint).toString(), {
    data: { kind: 'fault', fault: 'siram_100_desir_550', times: 'always' },
  });
  expect(inject.ok()).toBe(true);
  const before = await identityByName(api, 'ADRTROIS TOUSSAINT');

  await new SearchPage(page).open('ADRTROIS TOUSSAINT', /ADRTROIS/);
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.byTraits().click();
  await expect(insi.messageTitle('Accès au téléservice INSi refusé : configuration à corriger')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('relève de l’administrateur du logiciel');
  await expect(page.getByText('Aucune donnée de l’identité n’a été modifiée.')).toBeVisible();
  const after = await identityByName(api, 'ADRTROIS TOUSSAINT');
  expect(after.version).toBe(before.version);
  expect(after.status).toBe('provisoire');
});

test('Vitale card path for a new patient: card, then the twin of rank 2, then the identity created from INSi', async ({ page }) => {
  await page.keyboard.press('Alt+i');
  const insi = new InsiPage(page);
  await insi.isShown();
  await expect(page.getByRole('heading', { level: 2, name: /1\. Par la carte Vitale/ })).toBeVisible();
  await insi.pick(insi.cards(), /Carte virtuelle 2/);
  await expect(insi.beneficiaries().getByRole('option')).toHaveCount(4);
  await insi.pick(insi.beneficiaries(), /MARTIN-VIRTUEL LEA/);

  await expect(insi.accept()).toBeFocused();
  await expect(insi.attempts()).toContainText('carte Vitale');
  await expect(page.getByRole('columnheader', { name: 'Saisie' })).toBeVisible();
  await expect(insi.cells('Prénom(s) de naissance').nth(1)).toHaveText(/LEA/);
  await page.keyboard.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/MARTIN-VIRTUEL\s+LEA/);
  await detail.expectStatus('Identité récupérée');
  await expect(detail.trait('Date de naissance')).toHaveText('03/09/2016');
});

test('new patient from the creation form: INSi asked with the typed traits, identity created from INSi, used name kept', async ({ page }) => {
  await page.keyboard.press('Alt+n');
  const form = new IdentityFormPage(page);
  await form.isShown();
  await form.fill('birthName', "d'Artagnan de l'Hérault");
  await form.fill('birthFirstNames', 'Pierre-Alain');
  await form.fill('birthDate', '17/06/2001');
  await form.chooseSex('M');
  await form.chooseBirthplace('mazoires', /Mazoires/);
  await form.fill('usedName', 'Durand');
  await page.getByRole('button', { name: 'Interroger INSi' }).click();

  const insi = new InsiPage(page);
  await expect(insi.heading()).toHaveText(/nouveau patient/);
  await expect(page.getByRole('region', { name: 'Nouveau patient — traits saisis' })).toContainText("d'Artagnan de l'Hérault");
  await insi.byTraits().click();
  await expect(insi.accept()).toBeFocused();
  await expect(page.getByRole('columnheader', { name: 'Saisie' })).toBeVisible();
  await expect(insi.cells('Nom de naissance').nth(1)).toHaveText("D'ARTAGNAN DE L'HERAULT");
  await page.keyboard.press('Enter');

  const detail = new IdentityDetailPage(page);
  await detail.isShown(/D'ARTAGNAN DE L'HERAULT\s+PIERRE-ALAIN/);
  await detail.expectStatus('Identité récupérée');
  await expect(detail.trait('Nom utilisé')).toHaveText('DURAND');
});

test('a douteuse identity cannot call INSi, and says why', async ({ page, api }) => {
  await new SearchPage(page).open('CORSE ANTHONY', /CORSE/);
  const detail = new IdentityDetailPage(page);
  await detail.isShown(/CORSE\s+ANTHONY/);
  await expect(page.locator('.detail-head')).toContainText('Identité douteuse');
  const button = page.getByRole('button', { name: 'Interroger INSi' });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(/Interrogation INSi impossible : .*douteuse/);
  // aria-disabled keeps it focusable and clickable (Playwright calls it « not enabled »): it must do nothing
  await button.click({ force: true });
  await page.keyboard.press('Alt+i');
  await expect(button).toBeFocused();
  await detail.isShown(/CORSE\s+ANTHONY/);
  await expect(new InsiPage(page).heading()).toHaveCount(0);
  // the backend refuses too
  const view = await identityByName(api, 'CORSE ANTHONY');
  await expect(api.call('insi.search', { mode: 'traits', identityId: view.id, draft: null, cardId: null, beneficiaryIndex: null })).rejects.toThrow(/douteuse/);
});

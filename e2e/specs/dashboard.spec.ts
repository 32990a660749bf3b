// « Indicateurs »: the referent reads the dashboard of the demo base (figures equal to the base's own
// counts), changes the grouping with the keyboard, and exports a table as CSV for a French spreadsheet.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { defaultPeriod, localDay, localDayStart } from '../../core/indicators/periods.js';
import { expect, test as base } from '../fixtures.js';
import { startWebHost } from '../host/server.js';
import { IndicatorsPage } from '../pages/indicators-page.js';
import { LoginPage } from '../pages/login-page.js';
import { SearchPage } from '../pages/search-page.js';

// The demo host on a file this spec knows, to count the base independently of the dashboard.
const test = base.extend<{ dbFile: string }>({
  // eslint-disable-next-line no-empty-pattern
  dbFile: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'idv-e2e-dash-'));
    await use(path.join(dir, 'demo.sqlite'));
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ dbFile }, use) => {
    const host = await startWebHost({ port: 0, dbFile, demo: true });
    try {
      await use(host);
    } finally {
      await host.close();
    }
  },
});

const fr = (n: number) => n.toLocaleString('fr-FR');

function baseCounts(dbFile: string) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const byStatus = Object.fromEntries(
      (db.prepare('SELECT status, count(*) n FROM identities WHERE merged_into IS NULL GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    ) as Record<string, number>;
    const total = (db.prepare('SELECT count(*) n FROM identities WHERE merged_into IS NULL').get() as { n: number }).n;
    const homonyme = (db.prepare("SELECT count(*) n FROM identity_attributes WHERE attribute = 'homonyme' AND removed_at IS NULL").get() as { n: number }).n;
    // Creations in the default period (the last 12 months, this one included).
    const from = localDayStart(defaultPeriod(localDay(new Date().toISOString()), 'month').from);
    const seedCreations = (db.prepare("SELECT count(*) n FROM journal WHERE operator = 'seed' AND action IN ('identity.create', 'identity.import') AND at >= ?").get(from) as { n: number }).n;
    return { byStatus, total, homonyme, seedCreations };
  } finally {
    db.close();
  }
}

test('the referent reads the dashboard and exports a table as CSV', async ({ page, dbFile }) => {
  await new LoginPage(page).loginWithKeyboard('referent', 'referent');
  await new SearchPage(page).isShown();
  const dashboard = new IndicatorsPage(page);
  await dashboard.open();

  const counts = baseCounts(dbFile);
  expect(counts.total).toBeGreaterThan(300);
  await expect(dashboard.keyFigure('Identités')).toContainText(fr(counts.total));
  const status = 'Identités par statut';
  for (const [label, key] of [['Provisoire', 'provisoire'], ['Récupérée', 'recuperee'], ['Validée', 'validee'], ['Qualifiée', 'qualifiee']] as const) {
    await expect(dashboard.rowOf(status, label).getByRole('cell').first()).toHaveText(fr(counts.byStatus[key] ?? 0));
  }
  const rate = (counts.byStatus.qualifiee ?? 0) / counts.total;
  await expect(dashboard.keyFigure('Taux de qualification')).toContainText(`${(rate * 100).toFixed(1).replace('.', ',')} %`);
  await expect(dashboard.rowOf('Identités par attribut', 'Homonyme')).toContainText(fr(counts.homonyme));
  // The demo identities are journaled as created by « seed »: the operator table counts those of the period.
  expect(counts.seedCreations).toBeGreaterThan(300);
  await expect(dashboard.rowOf('Activité par opérateur', 'seed').getByRole('cell').first()).toHaveText(fr(counts.seedCreations));
  // Each chart is hidden from assistive technologies: its table carries the figures.
  await expect(dashboard.block(status).locator('.chart')).toHaveAttribute('aria-hidden', 'true');

  const csv = await dashboard.exportCsv(status);
  expect(csv.name).toMatch(/^identites-par-statut_\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.startsWith('\uFEFFStatut;Identités;Part\r\n')).toBe(true);
  expect(csv.text).toContain(`\r\nQualifiée;${counts.byStatus.qualifiee ?? 0};`);

  // Weekly grouping, with the keyboard: the list applies as soon as it changes (default: 13 weeks).
  const grouping = dashboard.periodForm().getByLabel('Regroupement');
  await grouping.focus();
  await page.keyboard.press('ArrowDown');
  await expect(dashboard.block('Taux de qualification par semaine')).toBeVisible();
  await expect(dashboard.table('Taux de qualification par semaine').getByRole('row')).toHaveCount(14);
});

test('an agent never sees the dashboard: the backend refuses it', async ({ page, host, request }) => {
  await new LoginPage(page).loginWithKeyboard('accueil', 'accueil');
  await new SearchPage(page).isShown();
  const login = await (await request.post(new URL('api/call', host.url).toString(), { data: { channel: 'session.login', input: { username: 'accueil', password: 'accueil' }, token: null } })).json();
  const reply = await (await request.post(new URL('api/call', host.url).toString(), { data: { channel: 'indicators.get', input: {}, token: login.value.token } })).json();
  expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Action réservée aux référents en identitovigilance.' } });
});

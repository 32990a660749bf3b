// INSi configuration: `<db>.insi.json` beside the database, IDV_INSI_* overrides, French reasons when missing or
// invalid, the production-endpoint rule, and an unconfigured backend answering 'unavailable' through the dispatcher.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../test-backend.js';
import { noCard } from './test-support.js';
import { isProductionEndpoint, loadInsiSettings, NOT_CONFIGURED, settingsFileFor } from './settings.js';

const dirs: string[] = [];
const dbFile = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'idv-insi-cfg-'));
  dirs.push(d);
  return path.join(d, 'idv.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const FILE = {
  endpoint: 'https://qualiflps-services-ps-tlsm.ameli.fr:443/lps',
  environment: 'qualification',
  software: { idam: 'IDAM-123', name: 'idv-desk', version: '0.1.0' },
  certificate: { pfxPath: '/etc/idv/insi-auto.p12', passphrase: 'x' },
};

describe('loadInsiSettings', () => {
  it('says why INSi is unavailable when nothing is configured', () => {
    expect(loadInsiSettings(dbFile(), {})).toEqual({ ok: false, reason: NOT_CONFIGURED });
  });

  it('reads <db>.insi.json and lets IDV_INSI_* override field by field', () => {
    const db = dbFile();
    writeFileSync(settingsFileFor(db), JSON.stringify(FILE));
    expect(loadInsiSettings(db, {})).toMatchObject({ ok: true, source: 'idv.sqlite.insi.json', settings: FILE });
    const over = loadInsiSettings(db, { IDV_INSI_IDAM: 'IDAM-ENV', IDV_INSI_TIMEOUT_MS: '5000' });
    expect(over).toMatchObject({ ok: true, settings: { software: { idam: 'IDAM-ENV', name: 'idv-desk' }, timeoutMs: 5000 } });
  });

  it('works from the environment alone', () => {
    const r = loadInsiSettings(dbFile(), {
      IDV_INSI_ENDPOINT: 'https://services-ps-tlsm.ameli.fr/lps', IDV_INSI_ENVIRONMENT: 'production',
      IDV_INSI_IDAM: 'IDAM-1', IDV_INSI_SOFTWARE_NAME: 'idv-desk', IDV_INSI_SOFTWARE_VERSION: '0.1.0',
    });
    expect(r).toMatchObject({ ok: true, source: 'variables IDV_INSI_*' });
  });

  it('names the faulty field of an incomplete or unreadable file', () => {
    const db = dbFile();
    writeFileSync(settingsFileFor(db), JSON.stringify({ ...FILE, software: { name: 'x', version: '1' } }));
    expect(loadInsiSettings(db, {})).toMatchObject({ ok: false, reason: expect.stringMatching(/software\.idam/) });
    writeFileSync(settingsFileFor(db), '{ pas du json');
    expect(loadInsiSettings(db, {})).toMatchObject({ ok: false, reason: expect.stringMatching(/illisible/) });
  });
});

describe('isProductionEndpoint', () => {
  it.each([
    ['https://services-ps-tlsm.ameli.fr/lps', 'production', true],
    ['https://qualiflps-services-ps-tlsm.ameli.fr:443/lps', 'production', false],
    ['http://127.0.0.1:8089/lps', 'production', false],
    ['https://services-ps-tlsm.ameli.fr/lps', 'qualification', false],
  ])('%s (%s) → %s', (endpoint, environment, expected) => {
    expect(isProductionEndpoint(endpoint, environment)).toBe(expected);
  });
});

describe('an unconfigured workstation', () => {
  let t: TestBackend;
  afterEach(() => t.close());

  it('reports INSi unavailable with the French reason; search fails with code unavailable', async () => {
    t = await startTestBackend();
    const agent = t.as('agent');
    expect(await agent('insi.status', {})).toEqual({ ok: true, value: { available: false, environment: 'non configuré', endpoint: null, reason: NOT_CONFIGURED, cardReader: false } });
    expect(await agent('insi.cards', {})).toEqual({ ok: true, value: [] });
    const draft = { birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', sex: 'M', birthDate: '01/01/1960', birthplaceCog: '20020' };
    expect(await agent('insi.search', { mode: 'traits', identityId: null, draft, ...noCard })).toEqual({ ok: false, error: { code: 'unavailable', message: NOT_CONFIGURED } });
  });
});

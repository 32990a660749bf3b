// The client against the mock on loopback: the brief's scenarios, every CR and fault persona, retries with an
// injected sleep, timeouts, malformed XML, HTTP 500, configuration faults, Vitale cards, verification.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listVirtualCards } from '../../../insi-mock/dataset/cards.js';
import { startInsiMock, type InsiMock } from '../../../insi-mock/server.js';
import { createInsiClient, type InsiClient } from './client.js';
import type { InsiClientConfig } from './config.js';

let mock: InsiMock;
const sleeps: number[] = [];
let seq = 0;

beforeAll(async () => {
  mock = await startInsiMock({ port: 0 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.admin.reset();
  sleeps.length = 0;
});

function client(over: Partial<InsiClientConfig> = {}): InsiClient {
  return createInsiClient({
    endpoint: mock.url,
    environment: 'test',
    software: { idam: 'IDAM-IDV-DESK', name: 'urn:lps:idv-desk:0.1.0', version: '0.1.0', instance: 'poste-1' },
    emitter: 'OU-TEST',
    newId: () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...over,
  });
}

async function withClient<T>(fn: (c: InsiClient) => Promise<T>, over?: Partial<InsiClientConfig>): Promise<T> {
  const c = client(over);
  try {
    return await fn(c);
  } finally {
    c.close();
  }
}

const sentOf = (o: { steps: { query: unknown }[] }) =>
  o.steps.map((s) => {
    const q = s.query as { firstName: string; birthplaceCog?: string };
    return `${q.firstName}|${q.birthplaceCog ?? ''}`;
  });

describe('search by traits: the scenarios', () => {
  it('ADRTROIS TOUSSAINT (Corsica) → 00 on the first call, without the birthplace', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', sex: 'M', birthDate: '1960-01-01', birthplaceCog: '2B020' }));
    expect(o.end).toBe('found');
    expect(sentOf(o)).toEqual(['TOUSSAINT|']);
    expect(o.individual!.active).toMatchObject({ matricule: '160012B02077713', oid: '1.2.250.1.213.1.4.8' });
    expect(o.individual!.traits).toMatchObject({ birthplaceCog: '2B020', firstNames: 'TOUSSAINT' });
    expect(o.message).toBeNull();
    const call = o.calls[0]!;
    expect(call).toMatchObject({ operation: 'rechercherInsAvecTraitsIdentite', endpoint: mock.url, environment: 'test', httpStatus: 200, crCode: '00', crLabel: 'OK', status: 'found', transportAttempt: 1 });
    expect(call.requestXml).toContain('<insi_recsans_ins:NomNaissance>ADRTROIS</insi_recsans_ins:NomNaissance>');
    expect(call.responseXml).toContain('<CodeCR>00</CodeCR>');
    expect(call.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('DE VINCI LEONARDO → 02 without birthplace → automatic retry with 63220 → 00', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'DE VINCI', birthFirstNames: 'LEONARDO', sex: 'M', birthDate: '2014-02-01', birthplaceCog: '63220' }));
    expect(o.end).toBe('found');
    expect(sentOf(o)).toEqual(['LEONARDO|', 'LEONARDO|63220']);
    expect(o.calls.map((c) => c.crCode)).toEqual(['02', '00']);
    expect(o.steps.map((s) => s.reason)).toEqual(['first_name', 'birthplace_after_multiple']);
    expect(o.foundWith).toMatchObject({ birthplaceCog: '63220' });
    expect(o.individual!.traits.birthplaceCog).toBe('63220');
  });

  it('TCHITCHI OLA CATARINA BELLA → first-name iteration → 00 on CATARINA', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'TCHITCHI', birthFirstNames: 'OLA CATARINA BELLA', sex: 'F', birthDate: '1936-06-21', birthplaceCog: '63220' }));
    expect(sentOf(o)).toEqual(['OLA|', 'CATARINA|']);
    expect(o.calls.map((c) => c.crCode)).toEqual(['01', '00']);
    expect(o.individual!.traits.firstNames).toBe('CATARINA BELLA');
    expect(o.individual!.active.matricule).toBe('236066322083656');
  });

  it('HOUILLES → 01 after every first name and all of them, with the French advice', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'HOUILLES', birthFirstNames: 'PIERRE PAUL JACQUES', sex: 'M', birthDate: '1993-01-27' }));
    expect(o.end).toBe('not_found');
    expect(sentOf(o)).toEqual(['PIERRE|', 'PAUL|', 'JACQUES|', 'PIERRE PAUL JACQUES|']);
    expect(o.message!.audience).toBe('agent');
    expect(o.message!.advice.join(' ')).toMatch(/orthographe.*/);
    expect(o.message!.advice.join(' ')).toMatch(/tous les prénoms/);
    expect(o.message!.advice.join(' ')).toMatch(/carte Vitale/);
    expect(o.message!.advice.join(' ')).toMatch(/date de naissance/);
  });

  it('DE VINCI LEONARDO without any birthplace → final 02 asking for it', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'DE VINCI', birthFirstNames: 'LEONARDO', sex: 'M', birthDate: '2014-02-01' }));
    expect(o.end).toBe('multiple');
    expect(o.message!.text).toMatch(/aucun lieu de naissance/);
  });

  it('NIA (PROVISOIRE MATRICULE), history (ECETINSI) and failing keys (HERMANN) come back as returned', async () => {
    const [nia, histo, hermann] = await withClient((c) =>
      Promise.all([
        c.searchByTraits({ birthName: 'PROVISOIRE', birthFirstNames: 'MATRICULE', sex: 'M', birthDate: '2009-07-01' }),
        c.searchByTraits({ birthName: 'ECETINSI', birthFirstNames: 'PIERRE-ALAIN MURIEL FLORIANT', sex: 'M', birthDate: '2009-07-14' }),
        c.searchByTraits({ birthName: 'HERMANN', birthFirstNames: 'GATIEN', sex: 'M', birthDate: '1981-03-24' }),
      ]),
    );
    expect(nia.individual!.active.oid).toBe('1.2.250.1.213.1.4.9');
    expect(histo.individual!.history).toEqual([expect.objectContaining({ matricule: '209076322083439', startDate: '2019-03-01', endDate: '2019-02-28' })]);
    expect(hermann.end).toBe('found');
    expect(hermann.calls[0]!.warnings.length).toBeGreaterThan(0);
  });

  it('refuses to send traits INSi cannot receive (no call at all)', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'D’ÆION', birthFirstNames: 'CŒUR', sex: 'M', birthDate: '1987-01-01' }));
    expect(o.end).toBe('invalid_query');
    expect(o.calls).toEqual([]);
    expect(mock.admin.calls()).toEqual([]);
    expect(o.message!.advice.join(' ')).toMatch(/caractère « ’ »/);
  });

  it('sends a fresh wsa:MessageID on every call, as the mock received it', async () => {
    const o = await withClient((c) => c.searchByTraits({ birthName: 'HOUILLES', birthFirstNames: 'PIERRE PAUL', sex: 'M', birthDate: '1993-01-27' }));
    const ids = mock.admin.calls().map((c) => c.messageId);
    expect(ids).toEqual(o.calls.map((c) => c.messageId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(mock.admin.calls().every((c) => c.idam === 'IDAM-IDV-DESK')).toBe(true);
  });
});

describe('faults and trouble', () => {
  it.each([
    ["D'AEION", 'COEUR', 'insi_102'],
    ['DE VINCI', 'RUTH', 'insi_102'],
    ['VANDERMONDE', 'ARIANA', 'insi_102'],
    ['DE VINCI', 'LEONARDODINO DICAPRIO BUFFALO', 'desir_1020'],
  ])('persona %s %s → siram_40/%s, retried with backoff, then « réessayez »', async (name, first, detail) => {
    const o = await withClient((c) => c.searchByTraits({ birthName: name, birthFirstNames: first, sex: 'F', birthDate: '1995-06-17' }));
    expect(o.end).toBe('failed');
    expect(o.calls.map((c) => [c.httpStatus, c.status, c.fault?.subcode, c.fault?.detailCode, c.transportAttempt])).toEqual([
      [500, 'fault_unavailable', 'siram_40', detail, 1],
      [500, 'fault_unavailable', 'siram_40', detail, 2],
      [500, 'fault_unavailable', 'siram_40', detail, 3],
    ]);
    expect(sleeps).toEqual([500, 1000]);
    expect(o.message).toMatchObject({ audience: 'agent', title: expect.stringMatching(/temporairement indisponible/) });
    expect(o.message!.text).toMatch(/Réessayez dans quelques minutes/);
    expect(o.calls[0]!.fault!.messageId).toBe(o.calls[0]!.messageId);
  });

  it('a temporary fault that clears is transparent to the agent', async () => {
    mock.admin.inject({ kind: 'fault', fault: 'siram_40_desir_1020', times: 1 });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }));
    expect(o.end).toBe('found');
    expect(o.calls.map((c) => c.status)).toEqual(['fault_unavailable', 'found']);
    expect(sleeps).toEqual([500]);
  });

  it('unknown IDAM (allowlist) → desir_550, no retry, a message for the administrator', async () => {
    mock.admin.configure({ allowedIdams: ['IDAM-AUTORISE'] });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }));
    expect(o.calls).toHaveLength(1);
    expect(o.calls[0]!.fault).toMatchObject({ subcode: 'siram_100', detailCode: 'desir_550', detailText: "Numéro d'autorisation du logiciel inconnu." });
    expect(sleeps).toEqual([]);
    expect(o.message).toMatchObject({ audience: 'administrateur' });
    expect(o.message!.advice.join(' ')).toMatch(/IDAM/);
  });

  it('certificate rights fault desir_560 → no retry, administrator told about INSI-AUTO/INSI-MANU', async () => {
    mock.admin.inject({ kind: 'fault', fault: 'siram_100_desir_560' });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }));
    expect(o.calls).toHaveLength(1);
    expect(o.message!.audience).toBe('administrateur');
    expect(o.message!.advice.join(' ')).toMatch(/INSI-AUTO ou INSI-MANU/);
  });

  it('timeout: the client gives up at its deadline, retries, then tells the agent', async () => {
    mock.admin.inject({ kind: 'timeout', times: 'always' });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }), { timeoutMs: 150, retry: { maxAttempts: 2 } });
    expect(o.calls.map((c) => [c.status, c.httpStatus])).toEqual([['timeout', null], ['timeout', null]]);
    expect(o.message!.text).toMatch(/n'a pas répondu dans le délai/);
  });

  it('injected latency below the deadline is just slower', async () => {
    mock.admin.inject({ kind: 'latency', ms: 80 });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }), { timeoutMs: 5_000 });
    expect(o.end).toBe('found');
    expect(o.calls[0]!.durationMs).toBeGreaterThanOrEqual(70);
  });

  it('HTTP 500 without SOAP → retried, then a technical error message', async () => {
    mock.admin.inject({ kind: 'http500', times: 'always' });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }));
    expect(o.calls.map((c) => [c.status, c.httpStatus])).toEqual([['http_error', 500], ['http_error', 500], ['http_error', 500]]);
    expect(o.message!.text).toMatch(/HTTP 500/);
  });

  it('malformed XML → not retried, kept for the journal, technical message', async () => {
    mock.admin.inject({ kind: 'malformed' });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }));
    expect(o.calls).toHaveLength(1);
    expect(o.calls[0]).toMatchObject({ status: 'malformed', httpStatus: 200 });
    expect(o.calls[0]!.responseXml!.length).toBeGreaterThan(0);
    expect(o.message!.text).toMatch(/illisible/);
  });

  it('nothing listening → network error, retried', async () => {
    const dead = await startInsiMock();
    const url = dead.url;
    await dead.close();
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }), { endpoint: url });
    expect(o.calls.map((c) => c.status)).toEqual(['network', 'network', 'network']);
    expect(o.message!.text).toMatch(/ECONNREFUSED/);
  });

  it('the 2022 qualification behaviour (fault instead of 01) ends as unavailable', async () => {
    mock.admin.configure({ notFoundAsFault: true });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'HOUILLES', birthFirstNames: 'PIERRE', sex: 'M', birthDate: '1993-01-27' }), { retry: { maxAttempts: 1 } });
    expect(o.calls[0]!.fault!.detailCode).toBe('insi_102');
    expect(o.end).toBe('failed');
  });

  it('reads the legacy 2022 answer format and the test OID switch', async () => {
    mock.admin.configure({ format: 'legacy-2022', oids: 'test' });
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRTROIS', birthFirstNames: 'DOMINIQUE', sex: 'F', birthDate: '1997-02-26' }));
    expect(o.calls[0]!.responseXml).toContain('<ns2:RESULTAT');
    expect(o.individual!.traits.firstName).toBe('DOMINIQUE');
    expect(o.individual!.active.oid).toBe('1.2.250.1.213.1.4.10');
  });
});

describe('search by Vitale card', () => {
  const cards = listVirtualCards();

  it('a card with several beneficiaries: each one leads to its own INS', async () => {
    const card = cards[0]!;
    const [zoe, child] = await withClient((c) => Promise.all([c.searchByVitale(card, 0), c.searchByVitale(card, 1)]));
    expect(zoe.individual!.traits).toMatchObject({ birthName: 'ADRUN', firstNames: 'ZOE' });
    expect(child.individual!.traits).toMatchObject({ birthName: 'NESSI', firstNames: 'MICHELANGELO ANTHONY' });
    expect(zoe.calls[0]!.operation).toBe('rechercherInsAvecCarteVitale');
  });

  it('twins without their own number are told apart by their birth rank', async () => {
    const card = cards[1]!;
    const [louis, lea] = await withClient((c) => Promise.all([c.searchByVitale(card, card.beneficiaries[1]!), c.searchByVitale(card, card.beneficiaries[2]!)]));
    expect([louis.individual!.traits.firstNames, lea.individual!.traits.firstNames]).toEqual(['LOUIS', 'LEA']);
  });

  it('a beneficiary INSi does not know → 01 with advice', async () => {
    const o = await withClient((c) => c.searchByVitale(cards[1]!, 3));
    expect(o.end).toBe('not_found');
    expect(o.message!.title).toMatch(/Aucune identité/);
  });

  it('the cards are also listed by the admin API', async () => {
    const res = await fetch(`${mock.adminUrl}/cards`);
    expect(await res.json()).toEqual(cards);
  });
});

describe('verify', () => {
  const corse = { birthName: 'CORSE', birthFirstNames: 'ANTHONY', sex: 'M' as const, birthDate: '1980-03-02', birthplaceCog: '2B020', matricule: '180032B02040123', oid: '1.2.250.1.213.1.4.8' };

  it('verified when INSi gives back the stored matricule and traits', async () => {
    const v = await withClient((c) => c.verify(corse));
    expect(v.verdict).toBe('verified');
    expect(v.message).toBeNull();
    expect(v.search.calls[0]!.operation).toBe('rechercherInsAvecTraitsIdentite');
  });

  it('traits changed (old Corsica code stored) → to accept again', async () => {
    const v = await withClient((c) => c.verify({ ...corse, birthplaceCog: '20020' }));
    expect(v.verdict).toBe('traits_changed');
    expect(v.judgement!.differences).toEqual(['lieu de naissance']);
  });

  it('not found → a retrieval with local traits is advised', async () => {
    const v = await withClient((c) => c.verify({ ...corse, birthDate: '1980-03-03' }));
    expect(v.verdict).toBe('not_found');
    expect(v.message!.advice.join(' ')).toMatch(/récupération INSi/);
  });
});

describe('admin HTTP API', () => {
  it('injects over HTTP and refuses an unknown injection', async () => {
    const ok = await fetch(`${mock.adminUrl}/inject`, { method: 'POST', body: JSON.stringify({ kind: 'fault', fault: 'siram_40_insi_102' }) });
    expect(ok.status).toBe(200);
    const bad = await fetch(`${mock.adminUrl}/inject`, { method: 'POST', body: JSON.stringify({ kind: 'explosion' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/Injection inconnue/);
    const o = await withClient((c) => c.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' }));
    expect(o.calls.map((c) => c.status)).toEqual(['fault_unavailable', 'found']);
    const calls = (await (await fetch(`${mock.adminUrl}/calls`)).json()) as { summary: string }[];
    expect(calls.map((c) => c.summary)).toEqual(['fault siram_40_insi_102', 'CR 00 adrun']);
  });
});

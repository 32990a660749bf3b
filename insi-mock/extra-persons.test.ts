// POST /admin/persons: extra persons the mock answers for over the wire (CR 00 with their INS, NIA OID kept),
// a bad body refused in French with nothing loaded, and reset() forgetting them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTraitsEnvelope } from '../core/insi/request.js';
import { parseInsiResponse } from '../core/insi/response.js';
import type { EnvelopeContext } from '../core/insi/types.js';
import { startInsiMock, type InsiMock } from './server.js';

const env: EnvelopeContext = { software: { idam: 'IDAM-A', name: 'n', version: 'v', instance: 'i' }, emitter: null, messageId: 'uuid:abc', bamId: 'b', lpsId: 'l', time: '2026-01-01T00:00:00.000Z' };
const person = { birthName: 'OUEDRAOGO', firstNames: 'AMINATA FATI', sex: 'F', birthDate: '1990-04-12', birthplaceCog: '99331', ins: { num: '2900499331123', key: '42', oid: 'NIA' } };

let mock: InsiMock;
beforeAll(async () => {
  mock = await startInsiMock({ port: 0 });
});
afterAll(() => mock.close());

const ask = async () => {
  const res = await fetch(mock.url, { method: 'POST', body: buildTraitsEnvelope({ birthName: 'OUEDRAOGO', firstName: 'AMINATA', sex: 'F', birthDate: '1990-04-12' }, env) });
  return parseInsiResponse(await res.text());
};
const load = (body: unknown) => fetch(`${mock.adminUrl}/persons`, { method: 'POST', body: JSON.stringify(body) });

describe('POST /admin/persons', () => {
  it('loads persons the mock then finds, until reset', async () => {
    expect(await ask()).toMatchObject({ kind: 'result', crCode: '01' });
    const r = await load({ persons: [person] });
    expect(await r.json()).toEqual({ ok: true, loaded: 1 });
    const found = await ask();
    expect(found.kind === 'result' && found.individual).toMatchObject({ active: { matricule: '290049933112342', oid: '1.2.250.1.213.1.4.9' }, traits: { firstNames: 'AMINATA FATI' } });
    mock.admin.reset();
    expect(await ask()).toMatchObject({ kind: 'result', crCode: '01' });
  });

  it.each([
    [{ persons: [{ ...person, sex: 'X' }] }, /personne n° 1 : sex doit valoir M ou F/],
    [{ persons: [{ ...person, ins: { num: '12', key: '1' } }] }, /ins \{ num \(13\), key \(2\) \} invalide/],
    [{ people: 3 }, /Corps attendu/],
  ])('refuses a bad body and loads nothing (%#)', async (body, message) => {
    const r = await load(body);
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatch(message);
    expect(await ask()).toMatchObject({ kind: 'result', crCode: '01' });
  });
});

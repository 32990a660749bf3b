import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INS_OIDS } from '../identity/nir.js';
import { dueCutoff, dueReasons, isFourYearsDue, niaEventQueues, reverificationAnniversary, type DueFacts } from './due.js';

const base: DueFacts = {
  status: 'recuperee',
  attributes: [],
  sex: 'F',
  birthDateCorrected: false,
  mergedInto: null,
  activeInsOid: INS_OIDS.NIR,
  insiVerifiedAt: '2022-11-23T09:30:00.000Z',
  niaRequested: false,
};
const NOW = '2026-11-23T09:30:00.000Z';

describe('4-year boundary', () => {
  it.each([
    ['exactly 4 years', '2022-11-23T09:30:00.000Z', NOW, true],
    ['1 ms short of 4 years', '2022-11-23T09:30:00.001Z', NOW, false],
    ['more than 4 years', '2020-01-01T00:00:00.000Z', NOW, true],
    ['3 years 364 days', '2022-11-24T00:00:00.000Z', NOW, false],
    ['29 Feb → 29 Feb 4 years later (leap)', '2024-02-29T10:00:00.000Z', '2028-02-29T10:00:00.000Z', true],
    ['29 Feb, a day before', '2024-02-29T10:00:00.000Z', '2028-02-28T10:00:00.000Z', false],
    ['29 Feb 2096 → 1 Mar 2100 (2100 not leap)', '2096-02-29T10:00:00.000Z', '2100-03-01T10:00:00.000Z', true],
    ['29 Feb 2096, on 28 Feb 2100', '2096-02-29T10:00:00.000Z', '2100-02-28T23:59:59.999Z', false],
    ['28 Feb 2100 seen on 29 Feb 2104', '2100-02-28T23:00:00.000Z', '2104-02-29T00:00:00.000Z', true],
    ['1 Mar 2100 seen on 29 Feb 2104', '2100-03-01T00:00:00.000Z', '2104-02-29T23:59:59.999Z', false],
  ])('%s', (_label, verifiedAt, now, due) => {
    expect(isFourYearsDue(verifiedAt, now)).toBe(due);
    expect(verifiedAt <= dueCutoff(now)).toBe(due);
  });

  it('anniversary of 29 Feb in a non-leap year is 1 March', () => {
    expect(reverificationAnniversary('2096-02-29T08:00:00.000Z')).toBe('2100-03-01T08:00:00.000Z');
    expect(reverificationAnniversary('2020-02-29T08:00:00.000Z')).toBe('2024-02-29T08:00:00.000Z');
  });

  const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
  // Leap days are rare under uniform draws: mix in instants on and around 29 February.
  const nearLeap = fc
    .tuple(fc.integer({ min: 1996, max: 2196 }), fc.constantFrom('02-28', '02-29', '03-01'), fc.integer({ min: 0, max: 86_399_999 }))
    .map(([y, md, ms]) => new Date(Date.parse(`${y}-${md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '02-28' : md}T00:00:00.000Z`) + ms).toISOString());
  const any = fc.oneof(instant, nearLeap);

  it('the SQL cutoff selects exactly the due instants', () => {
    fc.assert(fc.property(any, any, (v, now) => isFourYearsDue(v, now) === (v <= dueCutoff(now))), { numRuns: 3000 });
  });

  it('once due, stays due as time passes', () => {
    fc.assert(
      fc.property(any, any, fc.integer({ min: 0, max: 10 ** 10 }), (v, now, later) => {
        const then = new Date(Date.parse(now) + later).toISOString();
        return !isFourYearsDue(v, now) || isFourYearsDue(v, then);
      }),
    );
  });
});

describe('dueReasons', () => {
  it.each<[string, Partial<DueFacts>, string[]]>([
    ['récupérée verified 4 years ago', {}, ['quatre_ans']],
    ['qualifiée verified 4 years ago', { status: 'qualifiee' }, ['quatre_ans']],
    ['verified recently', { insiVerifiedAt: '2025-01-01T00:00:00.000Z' }, []],
    ['validée (INSi− after an edit)', { status: 'validee', insiVerifiedAt: null }, []],
    ['merged away', { mergedInto: 7 }, []],
    ['no active INS', { activeInsOid: null }, []],
    ['douteuse', { attributes: ['douteuse'], status: 'provisoire' }, []],
    ['fictive', { attributes: ['fictive'], status: 'provisoire' }, []],
    ['homonyme does not prevent', { attributes: ['homonyme'] }, ['quatre_ans']],
    ['NIA with a request, recent', { activeInsOid: INS_OIDS.NIA, niaRequested: true, insiVerifiedAt: '2026-01-01T00:00:00.000Z' }, ['nia']],
    ['NIA without request, recent', { activeInsOid: INS_OIDS.NIA, insiVerifiedAt: '2026-01-01T00:00:00.000Z' }, []],
    ['NIA with a request and 4 years', { activeInsOid: INS_OIDS.NIA, niaRequested: true }, ['quatre_ans', 'nia']],
    ['NIR with a stray request', { niaRequested: true, insiVerifiedAt: '2026-01-01T00:00:00.000Z' }, []],
    ['NIA request, urn:oid prefix', { activeInsOid: `urn:oid:${INS_OIDS.NIA}`, niaRequested: true, insiVerifiedAt: '2026-01-01T00:00:00.000Z' }, ['nia']],
    ['NIA request but douteuse', { activeInsOid: INS_OIDS.NIA, niaRequested: true, attributes: ['douteuse'] }, []],
  ])('%s', (_label, patch, expected) => {
    expect(dueReasons({ ...base, ...patch }, NOW)).toEqual(expected);
  });

  it('an event queues a request only for a verifiable NIA', () => {
    const { niaRequested: _n, ...facts } = base;
    expect(niaEventQueues({ ...facts, activeInsOid: INS_OIDS.NIA })).toBe(true);
    expect(niaEventQueues(facts)).toBe(false);
    expect(niaEventQueues({ ...facts, activeInsOid: INS_OIDS.NIA, mergedInto: 3 })).toBe(false);
    expect(niaEventQueues({ ...facts, activeInsOid: INS_OIDS.NIA, attributes: ['fictive'] })).toBe(false);
    expect(niaEventQueues({ ...facts, activeInsOid: INS_OIDS.NIA, sex: 'I' })).toBe(false);
  });

  it('never due without an active INS or when merged (property)', () => {
    const facts = fc.record({
      status: fc.constantFrom('provisoire', 'recuperee', 'validee', 'qualifiee'),
      attributes: fc.subarray(['douteuse', 'fictive', 'homonyme'] as const),
      sex: fc.constantFrom('M', 'F', 'I'),
      birthDateCorrected: fc.boolean(),
      mergedInto: fc.option(fc.integer({ min: 1, max: 100 })),
      activeInsOid: fc.option(fc.constantFrom(INS_OIDS.NIR, INS_OIDS.NIA, INS_OIDS.TEST)),
      insiVerifiedAt: fc.option(fc.constantFrom('2010-05-05T00:00:00.000Z', '2026-05-05T00:00:00.000Z')),
      niaRequested: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const r = dueReasons(f as DueFacts, NOW);
        if (f.mergedInto !== null || f.activeInsOid === null || f.attributes.includes('douteuse') || f.attributes.includes('fictive')) return r.length === 0;
        if (r.includes('nia')) return f.niaRequested && f.activeInsOid === INS_OIDS.NIA;
        return true;
      }),
    );
  });
});

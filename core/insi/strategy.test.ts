// The traits search strategy, driven to its end against small oracles (what INSi would answer per query).
import { describe, expect, it } from 'vitest';
import { nextTraitsStep, type AnsweredQuery, type StrategyOptions, type TraitsSearchInput } from './strategy.js';
import type { CallStatus, TraitsQuery } from './types.js';

type Oracle = (q: TraitsQuery) => CallStatus;

function run(input: TraitsSearchInput, oracle: Oracle, options?: StrategyOptions) {
  const answered: AnsweredQuery[] = [];
  for (let guard = 0; guard < 50; guard++) {
    const step = nextTraitsStep(input, answered, options);
    if (step.kind === 'done') return { end: step.end, sent: answered.map((a) => `${a.query.firstName}|${a.query.birthplaceCog ?? ''}`), answered };
    answered.push({ query: step.query, status: oracle(step.query) });
  }
  throw new Error('la stratégie ne termine pas');
}

const base = { sex: 'M' as const, birthDate: '2000-01-01' };

describe('scenarios of the brief', () => {
  it('ADRTROIS TOUSSAINT (Corsica): first call without the birthplace → 00', () => {
    const r = run({ ...base, birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', birthDate: '1960-01-01', birthplaceCog: '2B020' }, () => 'found');
    expect(r).toMatchObject({ end: 'found', sent: ['TOUSSAINT|'] });
  });

  it('DE VINCI LEONARDO: 02 without birthplace → automatic retry with 63220 → 00', () => {
    const r = run({ ...base, birthName: 'DE VINCI', birthFirstNames: 'LEONARDO', birthDate: '2014-02-01', birthplaceCog: '63220' }, (q) =>
      q.birthplaceCog === '63220' ? 'found' : 'multiple',
    );
    expect(r).toMatchObject({ end: 'found', sent: ['LEONARDO|', 'LEONARDO|63220'] });
  });

  it('TCHITCHI OLA CATARINA BELLA: first-name iteration → 00 on CATARINA', () => {
    const r = run({ ...base, sex: 'M', birthName: 'TCHITCHI', birthFirstNames: 'OLA CATARINA BELLA', birthplaceCog: '63220' }, (q) =>
      q.firstName === 'CATARINA' ? 'found' : 'not_found',
    );
    expect(r).toMatchObject({ end: 'found', sent: ['OLA|', 'CATARINA|'] });
  });

  it('HOUILLES PIERRE PAUL JACQUES: each first name then all of them → 01', () => {
    const r = run({ ...base, birthName: 'HOUILLES', birthFirstNames: 'PIERRE PAUL JACQUES' }, () => 'not_found');
    expect(r).toMatchObject({ end: 'not_found', sent: ['PIERRE|', 'PAUL|', 'JACQUES|', 'PIERRE PAUL JACQUES|'] });
  });
});

describe('refinement of CR 02', () => {
  const input: TraitsSearchInput = { ...base, birthName: 'X', birthFirstNames: 'ANNE MARIE', birthplaceCog: '75056' };

  it('default order (seed, domain.md): birthplace first, then all first names, then both', () => {
    const r = run(input, (q) => (q.firstName === 'ANNE MARIE' && q.birthplaceCog ? 'found' : q.birthplaceCog ? 'not_found' : 'multiple'));
    expect(r.sent).toEqual(['ANNE|', 'ANNE|75056', 'ANNE MARIE|', 'ANNE MARIE|75056']);
    expect(r.end).toBe('found');
  });

  it('research order on request: all first names first', () => {
    const r = run(input, () => 'multiple', { onMultiple: ['firstNames', 'birthplace'] });
    // The 02 on « ANNE MARIE » is refined in turn (with the birthplace) before the remaining plan.
    expect(r.sent.slice(0, 3)).toEqual(['ANNE|', 'ANNE MARIE|', 'ANNE MARIE|75056']);
    expect(r.end).toBe('multiple');
  });

  it('02 without any birthplace to add ends as multiple (the agent is told to give one)', () => {
    const r = run({ ...base, birthName: 'X', birthFirstNames: 'LEONARDO', birthplaceCog: null }, () => 'multiple');
    expect(r).toMatchObject({ end: 'multiple', sent: ['LEONARDO|'] });
  });

  it('99999 « INCONNU » is never sent', () => {
    const r = run({ ...base, birthName: 'X', birthFirstNames: 'LEONARDO', birthplaceCog: '99999' }, () => 'multiple');
    expect(r.sent).toEqual(['LEONARDO|']);
  });

  it('never sends the same query twice and always terminates', () => {
    const statuses: CallStatus[] = ['multiple', 'not_found'];
    for (const s1 of statuses) for (const s2 of statuses) {
      const r = run({ ...base, birthName: 'X', birthFirstNames: 'A B C', birthplaceCog: '75056' }, (q) => (q.birthplaceCog ? s1 : s2));
      expect(new Set(r.sent).size).toBe(r.sent.length);
      expect(r.sent.length).toBeLessThanOrEqual(8);
    }
  });
});

describe('stops', () => {
  it('stops at the first technical failure', () => {
    const r = run({ ...base, birthName: 'X', birthFirstNames: 'A B' }, () => 'fault_unavailable');
    expect(r).toMatchObject({ end: 'failed', sent: ['A|'] });
  });

  it('an empty first-name list sends nothing', () => {
    expect(nextTraitsStep({ ...base, birthName: 'X', birthFirstNames: '  ' }, [])).toEqual({ kind: 'done', end: 'nothing_to_send' });
  });

  it('a hyphenated first name stays one name', () => {
    const r = run({ ...base, birthName: 'ECETINSI', birthFirstNames: 'PIERRE-ALAIN MURIEL' }, (q) => (q.firstName === 'PIERRE-ALAIN' ? 'found' : 'not_found'));
    expect(r.sent).toEqual(['PIERRE-ALAIN|']);
  });

  it('tags each planned call with its reason', () => {
    const step = nextTraitsStep({ ...base, birthName: 'X', birthFirstNames: 'A', birthplaceCog: '75056' }, [
      { query: { ...base, birthName: 'X', firstName: 'A' }, status: 'multiple' },
    ]);
    expect(step).toMatchObject({ kind: 'call', reason: 'birthplace_after_multiple', query: { firstName: 'A', birthplaceCog: '75056' } });
  });
});

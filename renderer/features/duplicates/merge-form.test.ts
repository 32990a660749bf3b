import { describe, expect, it } from 'vitest';
import type { PairDetail } from '../../stores/duplicates-store.js';
import { defaultSurvivor, keepAll, mergeConsequences, toContractChoices } from './merge-form.js';

const side = (over: Partial<PairDetail['a']>) => ({ id: 1, ipp: 'P1', status: 'provisoire', insiVerified: false, ins: null, ...over }) as PairDetail['a'];
const detail = (a: Partial<PairDetail['a']>, b: Partial<PairDetail['a']>): PairDetail =>
  ({
    pair: { id: 1, kind: 'duplicate', score: 0.9, reasons: [], foundAt: '', status: 'open' },
    a: side(a),
    b: side({ id: 2, ipp: 'P2', ...b }),
    fields: [
      { field: 'birthName', label: 'Nom de naissance', a: 'MARTIN', b: 'MARTINS', equal: false, choosable: true },
      { field: 'sex', label: 'Sexe', a: 'Féminin', b: 'Féminin', equal: true, choosable: true },
    ],
  }) as PairDetail;

describe('merge form rules', () => {
  it.each([
    [{}, {}, 'a'],
    [{}, { status: 'validee' }, 'b'],
    [{ status: 'qualifiee' }, { status: 'validee' }, 'a'],
  ] as const)('picks the better-established survivor (%j vs %j → %s)', (a, b, expected) => {
    expect(defaultSurvivor(detail(a, b))).toBe(expected);
  });

  it('turns A/B choices into survivor/absorbed', () => {
    const choices = { ...keepAll('b'), birthName: 'a' as const };
    expect(toContractChoices('b', choices)).toMatchObject({ birthName: 'absorbed', sex: 'survivor', usedName: 'survivor' });
    expect(Object.values(toContractChoices('a', keepAll('a')))).toEqual(Array(8).fill('survivor'));
  });

  it('says what happens: the alias, the traits taken, the INSi+ loss and the INS moving', () => {
    const d = detail({ insiVerified: true, status: 'qualifiee' }, { ins: { matricule: null, masked: '2 80 03 …', oid: 'x', kind: 'NIR', invalidated: false } });
    const text = mergeConsequences(d, 'a', { ...keepAll('a'), birthName: 'b' }).join(' ');
    expect(text).toContain("L'IPP P2 devient un alias de l'IPP P1");
    expect(text).toContain('Nom de naissance (MARTINS)');
    expect(text).toContain('perd la qualification INSi');
    expect(mergeConsequences(d, 'b', keepAll('b')).join(' ')).toContain("L'IPP P2 garde tous ses traits");
  });
});

// Comparison of local strict traits with INSi's, on the COG test reference (Corsica 1976, Annecy 2017).
import { describe, expect, it } from 'vitest';
import { fixtureReference } from '../cog/test-fixture.js';
import { compareWithInsi, type LocalTraitsForComparison } from './compare.js';
import { rebuild } from './diff.js';
import type { InsiIndividual } from './types.js';

const ref = fixtureReference();

const insi = (over: Partial<InsiIndividual['traits']> = {}, matricule = '160012B02077713', history: string[] = []): InsiIndividual => ({
  active: { matricule, numIdentifiant: matricule.slice(0, 13), key: matricule.slice(13), oid: '1.2.250.1.213.1.4.8', typeMatricule: null, startDate: null, endDate: null },
  history: history.map((m) => ({ matricule: m, numIdentifiant: m.slice(0, 13), key: m.slice(13), oid: '1.2.250.1.213.1.4.8', typeMatricule: null, startDate: null, endDate: null })),
  traits: { birthName: 'ADRTROIS', firstNames: 'TOUSSAINT', firstName: null, sex: 'M', birthDate: '1960-01-01', birthplaceCog: '2B020', ...over },
});

const local: LocalTraitsForComparison = { birthName: 'ADRTROIS', birthFirstNames: 'TOUSSAINT', sex: 'M', birthDate: '1960-01-01', birthplaceCog: '2B020' };
const byField = (c: ReturnType<typeof compareWithInsi>, f: string) => c.fields.find((x) => x.field === f)!;

describe('compareWithInsi', () => {
  it('identical traits are concordant everywhere; a missing local matricule is not a discordance', () => {
    const c = compareWithInsi(ref, local, insi());
    expect(c.allConcordant).toBe(true);
    expect(c.fields.map((f) => f.verdict)).toEqual(['concordant', 'concordant', 'concordant', 'concordant', 'concordant', 'concordant', 'absent_local']);
    expect(byField(c, 'birthDate')).toMatchObject({ local: '01/01/1960', returned: '01/01/1960' });
  });

  it('Corsica 20020 (before 1976) vs 2B020 is « concordant (historique) » with the explanation', () => {
    const c = compareWithInsi(ref, { ...local, birthplaceCog: '20020' }, insi());
    const bp = byField(c, 'birthplace');
    expect(bp.verdict).toBe('concordant_historique');
    expect(bp.verdictLabel).toBe('concordant (historique)');
    expect(bp.explanation).toMatch(/Même lieu/);
    expect(c.allConcordant).toBe(true);
  });

  it('a different place is « différent » with both names', () => {
    const bp = byField(compareWithInsi(ref, { ...local, birthplaceCog: '74010' }, insi()), 'birthplace');
    expect(bp.verdict).toBe('different');
    expect(bp.explanation).toMatch(/Lieux de naissance différents/);
  });

  it('flags a returned COG absent from the reference, for an explicit acceptance', () => {
    const c = compareWithInsi(ref, local, insi({ birthplaceCog: '2A999' }));
    expect(c.returnedBirthplaceUnknown).toBe(true);
    expect(c.notices.join(' ')).toMatch(/absent du référentiel/);
  });

  it('gives highlight segments for a different name that rebuild both values', () => {
    const c = compareWithInsi(ref, { ...local, birthName: 'HERMAN' }, insi({ birthName: 'HERMANN' }));
    const f = byField(c, 'birthName');
    expect(f.verdict).toBe('different');
    expect(f.segments).toEqual([{ text: 'HERMAN', kind: 'same' }, { text: 'N', kind: 'added' }]);
    expect(c.allConcordant).toBe(false);
  });

  it('compares the first birth first name with the first name of ListePrenom', () => {
    const c = compareWithInsi(ref, { ...local, birthFirstNames: 'OLA CATARINA BELLA' }, insi({ firstNames: 'CATARINA BELLA' }));
    expect(byField(c, 'firstBirthName')).toMatchObject({ local: 'OLA', returned: 'CATARINA', verdict: 'different' });
    const list = byField(c, 'birthFirstNames');
    expect(rebuild(list.segments)).toEqual({ before: 'OLA CATARINA BELLA', after: 'CATARINA BELLA' });
  });

  it('compares the stored matricule char by char and recognises a historical one', () => {
    const c = compareWithInsi(ref, { ...local, matricule: '260012B02077798' }, insi({}, '160012B02077713', ['260012B02077798']));
    const m = byField(c, 'matricule');
    expect(m.verdict).toBe('different');
    expect(m.segments[0]).toEqual({ text: '2', kind: 'removed' });
    expect(m.explanation).toMatch(/historique INSi/);
  });

  it('an empty local birthplace is « absent de la fiche »', () => {
    const c = compareWithInsi(ref, { ...local, birthplaceCog: null }, insi());
    expect(byField(c, 'birthplace')).toMatchObject({ verdict: 'absent_local', verdictLabel: 'absent de la fiche' });
    expect(c.allConcordant).toBe(false);
  });
});

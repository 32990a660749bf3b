import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEEP_SURVIVOR, MERGE_FIELDS, type MergeChoices } from '../../core/merge/plan.js';
import { journalForIdentity } from '../journal/index.js';
import { getIdentity } from '../repos/identities.js';
import { getActiveIns } from '../repos/ins.js';
import { aliasesOf } from '../repos/ipp-aliases.js';
import { searchIdentities } from '../search/index.js';
import { at, freshDb } from '../test-support.js';
import { mergeIdentities } from './merge.js';
import { mergedInto } from './read.js';
import { addPair, addParty, exactRows, merge, NIR_A, NIR_B } from './test-support.js';
import { undoMerge } from './undo.js';

const undo = (db: ReturnType<typeof freshDb>, mergeId: number) =>
  undoMerge(db, { mergeId, reason: 'Fusion à tort', at: at(20), operator: 'ref', workstation: 'POSTE-REF' });

describe('mergeIdentities', () => {
  it('keeps the chosen traits, makes the absorbed IPP an alias, moves the INS and closes the pairs', () => {
    const db = freshDb();
    const s = addParty(db, 'P1', { row: { birthName: 'MARTINS' } });
    const a = addParty(db, 'P2', { ins: NIR_A, aliases: ['P0'] });
    const x = addParty(db, 'P3', { row: { birthName: 'MARTINEAU' } });
    const pair = addPair(db, s, a);
    const other = addPair(db, a, x);
    const { survivor, mergeId } = merge(db, s, a, { birthName: 'absorbed', usedName: 'absorbed' }, pair);
    expect(survivor).toMatchObject({ birthName: 'MARTIN', version: 2 });
    expect(getActiveIns(db, s)?.matricule).toBe(NIR_A);
    expect(aliasesOf(db, s).sort()).toEqual(['P0', 'P2']);
    expect(mergedInto(db, a)).toEqual({ direct: { id: s, ipp: 'P1' }, final: { id: s, ipp: 'P1' } });
    expect(db.prepare('SELECT status FROM duplicate_pairs ORDER BY id').pluck().all()).toEqual(['merged', 'merged']);
    expect(other).toBeGreaterThan(pair);
    const [entry] = journalForIdentity(db, s).filter((e) => e.action === 'identity.merge');
    expect(entry).toMatchObject({ reason: 'Même personne (pièce vérifiée)', changes: expect.arrayContaining([{ field: 'birthName', before: 'MARTINS', after: 'MARTIN' }, { field: 'ippAlias', before: null, after: 'P2' }]) });
    expect(journalForIdentity(db, a).at(-1)).toMatchObject({ action: 'identity.merged_into', changes: [{ field: 'mergedInto', before: null, after: 'P1' }] });
    expect(mergeId).toBe(1);
  });

  it('drops INSi+ when a strict trait comes from the other record, and says so in the journal', () => {
    const db = freshDb();
    const s = addParty(db, 'P1', { ins: NIR_A, checked: true, row: { status: 'qualifiee', insiVerifiedAt: at(1), traitsSource: 'insi' } });
    const a = addParty(db, 'P2', { row: { birthDate: '1980-12-03' } });
    const { survivor } = merge(db, s, a, { birthDate: 'absorbed' });
    expect(survivor).toMatchObject({ status: 'validee', insiVerifiedAt: null, traitsSource: 'saisie', birthDate: '1980-12-03' });
    const entry = journalForIdentity(db, s).at(-1)!;
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'status', before: 'qualifiee', after: 'validee' }]));
  });

  it.each([
    ['two different INS', { ins: NIR_A }, { ins: NIR_B }, /P1.*P2.*deux INS différentes/],
    ['an incoherent first birth name', { row: { birthFirstNames: 'ANNE', firstBirthName: 'ANNE' } }, {}, /premier prénom/],
  ])('refuses %s and changes nothing', (_n, sSetup, aSetup, message) => {
    const db = freshDb();
    const s = addParty(db, 'P1', sSetup);
    const a = addParty(db, 'P2', aSetup);
    const before = exactRows(db, [s, a]);
    expect(() => merge(db, s, a, { firstBirthName: 'absorbed' })).toThrow(message);
    expect(exactRows(db, [s, a])).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM merges').pluck().get()).toBe(0);
  });

  it('merges a collision (same INS on both), keeping one active INS', () => {
    const db = freshDb();
    const s = addParty(db, 'P1', { ins: NIR_A });
    const a = addParty(db, 'P2', { ins: NIR_A });
    merge(db, s, a, {}, addPair(db, s, a, 'collision', 1));
    expect(db.prepare('SELECT identity_id FROM ins WHERE matricule = ? AND active = 1').pluck().all(NIR_A)).toEqual([s]);
  });

  it('refuses merging an absorbed record, into one, with itself, or with stale versions', () => {
    const db = freshDb();
    const s = addParty(db, 'P1');
    const a = addParty(db, 'P2');
    const c = addParty(db, 'P3');
    expect(() => merge(db, s, s)).toThrow(/elle-même/);
    merge(db, s, a);
    expect(() => merge(db, c, a)).toThrow(/P2 a déjà été fusionné dans l'IPP P1/);
    expect(() => merge(db, a, c)).toThrow(/P2 a déjà été fusionné/);
    const stale = () =>
      mergeIdentities(db, {
        survivorId: s,
        absorbedId: c,
        survivorVersion: 1, // P1 is at version 2 since it absorbed P2
        absorbedVersion: 1,
        choices: KEEP_SURVIVOR,
        reason: 'motif',
        at: at(30),
        operator: 'ref',
        workstation: 'POSTE-REF',
      });
    expect(stale).toThrow(/IPP P1 a été modifiée depuis que vous l'avez ouverte/);
    expect(mergedInto(db, c)).toBeNull();
  });

  it('refuses a pair that is no longer open or does not name both records', () => {
    const db = freshDb();
    const s = addParty(db, 'P1');
    const a = addParty(db, 'P2');
    const x = addParty(db, 'P3');
    const pair = addPair(db, s, x);
    expect(() => merge(db, s, a, {}, pair)).toThrow(/n'est plus ouverte/);
  });
});

describe('undoMerge', () => {
  it('restores both records, their INS, aliases and pairs exactly, and journals the undo', () => {
    const db = freshDb();
    const s = addParty(db, 'P1', { row: { birthName: 'MARTINS' }, checked: true, attributes: ['homonyme'] });
    const a = addParty(db, 'P2', { ins: NIR_A, aliases: ['P0'] });
    const pair = addPair(db, s, a);
    const before = exactRows(db, [s, a]);
    const { mergeId } = merge(db, s, a, { birthName: 'absorbed', sex: 'absorbed' }, pair);
    expect(exactRows(db, [s, a])).not.toEqual(before);
    undo(db, mergeId);
    expect(exactRows(db, [s, a])).toEqual(before);
    expect(journalForIdentity(db, s).map((e) => e.action).slice(-2)).toEqual(['identity.merge', 'identity.merge_undo']);
    expect(journalForIdentity(db, a).at(-1)).toMatchObject({ action: 'identity.merge_undo', reason: 'Fusion à tort', changes: [{ field: 'mergedInto', before: 'P1', after: null }] });
    expect(() => undo(db, mergeId)).toThrow(/déjà été annulée/);
  });

  it('refuses when a record changed since the merge, or a later merge involves them', () => {
    const db = freshDb();
    const s = addParty(db, 'P1');
    const a = addParty(db, 'P2');
    const c = addParty(db, 'P3');
    const first = merge(db, s, a).mergeId;
    const second = merge(db, s, c).mergeId;
    expect(() => undo(db, first)).toThrow(new RegExp(`plus récente \\(n° ${second}\\)`));
    undo(db, second);
    db.prepare("UPDATE identities SET used_name = 'DURAND', version = version + 1 WHERE id = ?").run(s);
    expect(() => undo(db, first)).toThrow(/IPP P1 a été modifiée depuis la fusion/);
    expect(() => undo(db, 99)).toThrow(/Aucune fusion n° 99/);
  });

  it('search finds the survivor by the absorbed IPP, and the absorbed again after the undo', () => {
    const db = freshDb();
    const s = addParty(db, 'P1');
    const a = addParty(db, 'P2');
    const ids = (q: string) => searchIdentities(db, q).rows.map((r) => r.id);
    expect(ids('P2')).toEqual([a]);
    const { mergeId } = merge(db, s, a);
    expect(ids('P2')).toEqual([s]);
    expect(ids('martin marie')).toEqual([s]);
    expect(searchIdentities(db, 'martin marie').rows[0]?.possibleHomonym).toBe(false);
    undo(db, mergeId);
    expect(ids('P2')).toEqual([a]);
    expect(ids('martin marie').sort()).toEqual([s, a].sort());
  });
});

const setup = fc.record({
  row: fc.record({
    birthName: fc.constantFrom('MARTIN', 'MARTINS'),
    birthFirstNames: fc.constantFrom('MARIE CLAIRE', 'MARIE'),
    sex: fc.constantFrom('F' as const, 'I' as const),
    birthDate: fc.constantFrom('1980-03-12', '1980-12-03'),
    birthDateCorrected: fc.boolean(),
    usedName: fc.option(fc.constant('DURAND'), { nil: null }),
    insiVerifiedAt: fc.option(fc.constant(at(1)), { nil: null }),
    status: fc.constantFrom('provisoire' as const, 'qualifiee' as const),
  }),
  ins: fc.option(fc.constantFrom(NIR_A, NIR_B), { nil: null }),
  checked: fc.boolean(),
  attributes: fc.subarray(['homonyme' as const, 'douteuse' as const]),
});
const choices = fc.record(Object.fromEntries(MERGE_FIELDS.map((f) => [f, fc.constantFrom('survivor' as const, 'absorbed' as const)]))) as fc.Arbitrary<MergeChoices>;

describe('merge then undo (property)', () => {
  it('leaves both records and every row about them byte-identical, or refuses and changes nothing', () => {
    fc.assert(
      fc.property(setup, setup, choices, fc.boolean(), fc.boolean(), (sSetup, aSetup, c, withPair, swap) => {
        const db = freshDb();
        const s = addParty(db, 'P1', { ...sSetup, aliases: ['P0'] });
        const a = addParty(db, 'P2', { ...aSetup, aliases: ['P9'] });
        const pair = withPair ? (swap ? addPair(db, a, s) : addPair(db, s, a)) : null;
        const before = exactRows(db, [s, a]);
        const journal = db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
        let mergeId: number;
        try {
          mergeId = merge(db, s, a, c, pair).mergeId;
        } catch (error) {
          expect(String(error)).toMatch(/deux INS différentes|premier prénom/);
          expect(exactRows(db, [s, a])).toEqual(before);
          expect(db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(journal);
          return;
        }
        expect(getIdentity(db, a)?.version).toBe(2);
        undo(db, mergeId);
        expect(exactRows(db, [s, a])).toEqual(before);
        expect(db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(journal + 4);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});

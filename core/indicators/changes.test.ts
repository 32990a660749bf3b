import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityKindOf } from './activity.js';
import { measureDeltas } from './changes.js';
import { insiResultOf } from './insi-results.js';

describe('measureDeltas', () => {
  it.each([
    ['identity.create', [{ field: 'birthName', before: null, after: 'MARTIN' }], [{ measure: 'identities', delta: 1 }, { measure: 'status:provisoire', delta: 1 }]],
    ['identity.create', [{ field: 'status', before: null, after: 'qualifiee' }], [{ measure: 'identities', delta: 1 }, { measure: 'status:qualifiee', delta: 1 }]],
    ['identity.import', [{ field: 'insMatricule', before: null, after: '180037511312345' }], [{ measure: 'identities', delta: 1 }, { measure: 'status:provisoire', delta: 1 }, { measure: 'ins', delta: 1 }]],
    ['identity.import', [{ field: 'insMatricule', before: null, after: null }], [{ measure: 'identities', delta: 1 }, { measure: 'status:provisoire', delta: 1 }]],
    ['identity.document_check', [{ field: 'status', before: 'recuperee', after: 'qualifiee' }], [{ measure: 'status:recuperee', delta: -1 }, { measure: 'status:qualifiee', delta: 1 }]],
    // INSi acceptance of a new patient: the creation counted it provisoire.
    ['identity.insi_accept', [{ field: 'insMatricule', before: null, after: '2' }, { field: 'status', before: null, after: 'recuperee' }], [{ measure: 'ins', delta: 1 }, { measure: 'status:provisoire', delta: -1 }, { measure: 'status:recuperee', delta: 1 }]],
    ['identity.insi_accept', [{ field: 'insMatricule', before: '1', after: '2' }], []],
    ['identity.attribute_set', [{ field: 'attribute', before: null, after: 'douteuse' }, { field: 'ins', before: 'active', after: 'invalidée' }, { field: 'status', before: 'qualifiee', after: 'provisoire' }], [{ measure: 'ins', delta: -1 }, { measure: 'status:qualifiee', delta: -1 }, { measure: 'status:provisoire', delta: 1 }]],
    ['identity.update', [{ field: 'usedName', before: 'A', after: 'B' }], []],
    ['identity.update', [{ field: 'status', before: 'validee', after: 'validee' }], []],
  ] as const)('%s %j', (action, changes, expected) => {
    expect(measureDeltas(action, changes)).toEqual(expected);
  });

  const facts = { absorbedStatus: 'recuperee', absorbedInsActive: true, insMoved: true };
  it.each([
    // The absorbed record leaves the counts with its status and INS; the survivor takes the INS over.
    ['identity.merged_into', [{ field: 'mergedInto', before: null, after: 'P1' }], facts, [{ measure: 'identities', delta: -1 }, { measure: 'status:recuperee', delta: -1 }, { measure: 'ins', delta: -1 }]],
    ['identity.merge', [{ field: 'ippAlias', before: null, after: 'P2' }, { field: 'status', before: 'provisoire', after: 'recuperee' }], facts, [{ measure: 'ins', delta: 1 }, { measure: 'status:provisoire', delta: -1 }, { measure: 'status:recuperee', delta: 1 }]],
    // Same INS on both: the absorbed's copy is retired, the survivor already counted.
    ['identity.merge', [{ field: 'ippAlias', before: null, after: 'P2' }], { ...facts, insMoved: false }, []],
    ['identity.merge_undo', [{ field: 'mergedInto', before: 'P1', after: null }], facts, [{ measure: 'identities', delta: 1 }, { measure: 'status:recuperee', delta: 1 }, { measure: 'ins', delta: 1 }]],
    ['identity.merge_undo', [{ field: 'ippAlias', before: 'P2', after: null }, { field: 'status', before: 'recuperee', after: 'provisoire' }], facts, [{ measure: 'ins', delta: -1 }, { measure: 'status:recuperee', delta: -1 }, { measure: 'status:provisoire', delta: 1 }]],
    ['identity.merged_into', [{ field: 'mergedInto', before: null, after: 'P1' }], { absorbedStatus: 'provisoire', absorbedInsActive: false, insMoved: false }, [{ measure: 'identities', delta: -1 }, { measure: 'status:provisoire', delta: -1 }]],
  ] as const)('%s %j %j', (action, changes, data, expected) => {
    expect(measureDeltas(action, changes, data)).toEqual(expected);
  });

  it('a merge and its undo cancel out, whatever the records (property)', () => {
    const status = fc.constantFrom('provisoire', 'recuperee', 'validee', 'qualifiee');
    fc.assert(
      fc.property(status, status, status, fc.boolean(), fc.boolean(), (absorbedStatus, survivorBefore, survivorAfter, absorbedInsActive, survivorHadIns) => {
        const data = { absorbedStatus, absorbedInsActive, insMoved: absorbedInsActive && !survivorHadIns };
        const statusChange = (before: string, after: string) => [{ field: 'status', before, after }];
        const all = [
          ...measureDeltas('identity.merge', statusChange(survivorBefore, survivorAfter), data),
          ...measureDeltas('identity.merged_into', [{ field: 'mergedInto', before: null, after: 'P1' }], data),
          ...measureDeltas('identity.merge_undo', statusChange(survivorAfter, survivorBefore), data),
          ...measureDeltas('identity.merge_undo', [{ field: 'mergedInto', before: 'P1', after: null }], data),
        ];
        const net = new Map<string, number>();
        for (const d of all) net.set(d.measure, (net.get(d.measure) ?? 0) + d.delta);
        expect([...net.values()].every((n) => n === 0)).toBe(true);
      }),
    );
  });

  it('keeps every status change balanced: a change moves one identity, a creation adds one', () => {
    const statuses = ['provisoire', 'recuperee', 'validee', 'qualifiee', null];
    for (const before of statuses) for (const after of statuses.slice(0, 4)) {
      const sum = measureDeltas('identity.update', [{ field: 'status', before, after }]).reduce((s, d) => s + d.delta, 0);
      expect(sum).toBe(0);
    }
  });
});

describe('classifications', () => {
  it.each([
    ['found', 'cr00'], ['not_found', 'cr01'], ['multiple', 'cr02'], ['fault_unavailable', 'unavailable'], ['timeout', 'unavailable'],
    ['network', 'unavailable'], ['http_error', 'unavailable'], ['fault_configuration', 'fault'], ['tls', 'fault'], ['malformed', 'fault'], ['', 'fault'],
  ])('INSi call status %s → %s', (s, r) => expect(insiResultOf(s)).toBe(r));

  it.each([
    ['identity.create', 'creations'], ['identity.import', 'creations'], ['identity.update', 'edits'], ['identity.insi_call', 'insiCalls'],
    ['identity.document_check', 'documentChecks'], ['identity.insi_verify', 'verifications'], ['operator.login', null], ['system.init', null],
  ])('action %s → %s', (a, k) => expect(activityKindOf(a)).toBe(k));
});

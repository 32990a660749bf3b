import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/reply.js';
import { createOperator } from '../auth/operators.js';
import { appendJournal } from '../journal/append.js';
import { at, freshDb, identityRow } from '../test-support.js';
import { countHomonyms, getIdentity, getIdentityByIpp, insertIdentity, ippExists, updateIdentity } from './identities.js';

const FAST = { ln: 10, r: 8, p: 1 };

describe('identities repository', () => {
  it('inserts and reads back the domain record', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow({ birthDateCorrected: true, usedName: 'DURAND', traitsSource: 'import' }));
    const rec = getIdentity(db, id);
    expect(rec).toEqual({
      id,
      ipp: 'P0000001',
      birthName: 'MARTIN',
      birthFirstNames: 'MARIE CLAIRE',
      firstBirthName: 'MARIE',
      sex: 'F',
      birthDate: '1980-03-12',
      birthDateCorrected: true,
      birthplaceCog: '75056',
      birthplaceFromInsi: false,
      usedName: 'DURAND',
      usedFirstName: null,
      traitsSource: 'import',
      insiVerifiedAt: null,
      status: 'provisoire',
      attributes: [],
      version: 1,
      createdAt: at(0),
      updatedAt: at(0),
    });
    expect(getIdentityByIpp(db, 'P0000001')?.id).toBe(id);
    expect(getIdentityByIpp(db, 'P9')).toBeNull();
    expect(getIdentity(db, 999)).toBeNull();
    expect(ippExists(db, 'P0000001')).toBe(true);
  });

  it('updates only the patched fields and bumps the version', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    const rec = updateIdentity(db, id, 1, { birthName: 'MARTIN-DURAND', insiVerifiedAt: null, updatedAt: at(5) });
    expect(rec).toMatchObject({ birthName: 'MARTIN-DURAND', firstBirthName: 'MARIE', version: 2, updatedAt: at(5), createdAt: at(0) });
    const again = updateIdentity(db, id, 2, { birthDateCorrected: true, status: 'validee', updatedAt: at(6) });
    expect(again).toMatchObject({ birthDateCorrected: true, status: 'validee', version: 3 });
  });

  it('optimistic concurrency: the second update with the same expected version conflicts, nothing lost', () => {
    const db = freshDb();
    createOperator(db, { username: 'alice', displayName: 'Alice Bernard', role: 'agent', password: 'motdepasse1' }, at(0), FAST);
    const id = insertIdentity(db, identityRow());
    // Alice saves first (her use case journals the change in the same transaction).
    db.transaction(() => {
      updateIdentity(db, id, 1, { usedName: 'DURAND', updatedAt: at(1) });
      appendJournal(db, {
        at: at(1), operator: 'alice', workstation: 'ACCUEIL-1', action: 'identity.update', entity: 'identity',
        entityId: id, reason: null, changes: [{ field: 'usedName', before: null, after: 'DURAND' }],
      });
    })();
    let err: unknown;
    try {
      updateIdentity(db, id, 1, { usedFirstName: 'CLAIRE', updatedAt: at(2) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('conflict');
    expect((err as AppError).message).toBe(
      "Cette identité a été modifiée par Alice Bernard depuis que vous l'avez ouverte ; rechargez-la : vos saisies sont conservées à l'écran.",
    );
    expect(getIdentity(db, id)).toMatchObject({ usedName: 'DURAND', usedFirstName: null, version: 2, updatedAt: at(1) });
  });

  it('says « sur un autre poste » when no journal names the editor, and not_found for a missing id', () => {
    const db = freshDb();
    const id = insertIdentity(db, identityRow());
    updateIdentity(db, id, 1, { usedName: 'X', updatedAt: at(1) });
    expect(() => updateIdentity(db, id, 1, { usedName: 'Y', updatedAt: at(2) })).toThrow(/modifiée sur un autre poste/);
    expect(() => updateIdentity(db, 42, 1, { updatedAt: at(2) })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('rollback: a failing statement inside the use-case transaction leaves neither identity nor journal row', () => {
    const db = freshDb();
    insertIdentity(db, identityRow({ ipp: 'P0000009' }));
    const createTwice = db.transaction(() => {
      const id = insertIdentity(db, identityRow({ ipp: 'P0000010' }));
      appendJournal(db, {
        at: at(1), operator: 'alice', workstation: 'W', action: 'identity.create', entity: 'identity', entityId: id,
        reason: null, changes: [{ field: 'ipp', before: null, after: 'P0000010' }],
      });
      insertIdentity(db, identityRow({ ipp: 'P0000009' })); // duplicate IPP: fails
    });
    expect(() => createTwice()).toThrow(/UNIQUE constraint failed: identities.ipp/);
    expect(getIdentityByIpp(db, 'P0000010')).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM journal').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM identities').get()).toEqual({ n: 1 });
  });

  it('counts homonyms on birth name + first birth first name + birth date', () => {
    const db = freshDb();
    const a = insertIdentity(db, identityRow({ ipp: 'A' }));
    insertIdentity(db, identityRow({ ipp: 'B', birthFirstNames: 'MARIE' }));
    insertIdentity(db, identityRow({ ipp: 'C', birthDate: '1980-03-13' }));
    insertIdentity(db, identityRow({ ipp: 'D', firstBirthName: 'MARIE CLAIRE' }));
    expect(countHomonyms(db, 'MARTIN', 'MARIE', '1980-03-12')).toBe(2);
    expect(countHomonyms(db, 'MARTIN', 'MARIE', '1980-03-12', a)).toBe(1);
    expect(countHomonyms(db, 'MARTIN', 'JEANNE', '1980-03-12')).toBe(0);
  });
});

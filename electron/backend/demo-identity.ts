// Inserts one hand-written demo identity (INSi scenarios, re-verification cases) with the next IPP; its
// first birth first name is the first of the list. The caller journals it as its scenario requires.
import type { Db } from '../../db/connection.js';
import { insertIdentity, type NewIdentityRow } from '../../db/repos/identities.js';
import { nextIpp } from '../../db/repos/meta.js';

export type DemoIdentity = Omit<NewIdentityRow, 'ipp' | 'firstBirthName'>;

export function insertDemoIdentity(db: Db, identity: DemoIdentity): number {
  return insertIdentity(db, { ...identity, ipp: nextIpp(db), firstBirthName: identity.birthFirstNames.split(' ')[0]! });
}

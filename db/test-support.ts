// Fixtures shared by the db tests: a migrated in-memory database, an identity row, a fixed clock.
// Test-only; production code never imports it.
import { openDatabase, type Db } from './connection.js';
import type { NewIdentityRow } from './repos/identities.js';

export const freshDb = (): Db => openDatabase(':memory:');

/** Deterministic ISO instants one minute apart. */
export const at = (i: number): string => new Date(Date.UTC(2025, 0, 15, 8, 0, 0) + i * 60_000).toISOString();

export const identityRow = (over: Partial<NewIdentityRow> = {}): NewIdentityRow => ({
  ipp: 'P0000001',
  birthName: 'MARTIN',
  birthFirstNames: 'MARIE CLAIRE',
  firstBirthName: 'MARIE',
  sex: 'F',
  birthDate: '1980-03-12',
  birthplaceCog: '75056',
  status: 'provisoire',
  createdAt: at(0),
  ...over,
});

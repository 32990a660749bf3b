import { describe, expect, it } from 'vitest';
import { indexIdentitiesAfter, optimizeSearchIndex, withDeferredSearchIndex } from './bulk.js';
import { indexTextsOf } from './index-text.js';
import { searchIdentities } from './search.js';
import { addIdentity, memoryDb } from './test-helpers.js';

const people = [
  { ipp: 'B1', birthName: "D'ARTAGNAN", birthFirstNames: 'JEAN-PIERRE MARC', birthDate: '1980-03-12', usedName: 'MARTIN--DUPONT' },
  { ipp: 'B2', birthName: 'LEFEBVRE', birthFirstNames: 'THOMAS', birthDate: '1975-01-31', usedFirstName: 'TOM' },
  { ipp: 'B3', birthName: 'DE LA FONTAINE', birthFirstNames: 'ANNE', birthDate: '2001-12-31' },
];
const queries = ['dartagnan', 'jean-pierre', 'martindupont', 'lefevre', 'tomas', 'tom', '12/03/1980', '1975', 'delafontaine', 'fontaine anne'];
const answers = (db: ReturnType<typeof memoryDb>) => queries.map((q) => searchIdentities(db, q).rows.map((r) => [r.ipp, r.matchedBy]));

/** A base where the per-row trigger indexed every test person. */
function indexedByTriggers() {
  const db = memoryDb();
  for (const p of people) addIdentity(db, p);
  return db;
}

/** The per-row trigger is on: the next identity inserted is found at once. */
function expectTriggerIndexesNext(db: ReturnType<typeof memoryDb>) {
  addIdentity(db, people[1]!);
  expect(searchIdentities(db, 'lefebvre').rows.map((r) => r.ipp)).toEqual(['B2']);
}

describe('withDeferredSearchIndex', () => {
  it('indexes exactly as the per-row triggers do', () => {
    const byTrigger = indexedByTriggers();
    const deferred = memoryDb();
    deferred.transaction(() => withDeferredSearchIndex(deferred, () => people.forEach((p) => addIdentity(deferred, p))))();
    expect(answers(deferred)).toEqual(answers(byTrigger));
    expect(answers(byTrigger).every((a) => a.length > 0)).toBe(true);
    optimizeSearchIndex(deferred);
    expect(answers(deferred)).toEqual(answers(byTrigger));
  });

  it('puts the per-row trigger back as it was, and it indexes the next identity', () => {
    const db = memoryDb();
    const triggerSql = () => db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'identity_search_insert'`).pluck().get();
    const before = triggerSql();
    expect(before).toMatch(/^CREATE TRIGGER identity_search_insert/);
    db.transaction(() =>
      withDeferredSearchIndex(db, () => {
        expect(triggerSql()).toBeUndefined();
        addIdentity(db, people[0]!);
      }),
    )();
    expect(triggerSql()).toBe(before);
    expectTriggerIndexesNext(db);
  });

  it('a catch-up in the middle indexes each identity once, as the triggers do', () => {
    const byTrigger = indexedByTriggers();
    const caughtUp = memoryDb();
    caughtUp.transaction(() =>
      withDeferredSearchIndex(caughtUp, (catchUp) => {
        const first = addIdentity(caughtUp, people[0]!);
        catchUp(first);
        // Nothing new since: a second catch-up through the same id indexes nothing twice.
        catchUp(first);
        people.slice(1).forEach((p) => addIdentity(caughtUp, p));
      }),
    )();
    const count = (db: ReturnType<typeof memoryDb>, table: string) => db.prepare(`SELECT count(*) FROM ${table}_docsize`).pluck().get();
    for (const table of ['identity_search', 'identity_phonetic']) expect(count(caughtUp, table)).toBe(people.length);
    expect(answers(caughtUp)).toEqual(answers(byTrigger));
    optimizeSearchIndex(caughtUp);
    expect(answers(caughtUp)).toEqual(answers(byTrigger));
  });

  it('refuses to run outside a transaction and leaves the trigger on after a failure', () => {
    const db = memoryDb();
    expect(() => withDeferredSearchIndex(db, () => 1)).toThrow(/transaction/);
    expect(() =>
      db.transaction(() =>
        withDeferredSearchIndex(db, () => {
          addIdentity(db, people[0]!);
          throw new Error('boom');
        }),
      )(),
    ).toThrow('boom');
    expect(db.prepare('SELECT count(*) FROM search_index_deferred').pluck().get()).toBe(0);
    expectTriggerIndexesNext(db);
  });

  it('takes the search and phonetic texts from a table the loader filled, with the same answers', () => {
    const byTrigger = indexedByTriggers();
    const db = memoryDb();
    db.exec('CREATE TEMP TABLE texts (id INTEGER PRIMARY KEY, terms TEXT NOT NULL, keys TEXT NOT NULL)');
    db.transaction(() =>
      withDeferredSearchIndex(
        db,
        () =>
          people.forEach((p) => {
            const id = addIdentity(db, p);
            db.prepare('INSERT INTO temp.texts (id, terms, keys) VALUES (?, ?, ?)').run(id, ...indexTextsOf({ usedName: null, usedFirstName: null, ...p }));
          }),
        { texts: 'temp.texts' },
      ),
    )();
    expect(answers(db)).toEqual(answers(byTrigger));
  });

  it('indexIdentitiesAfter indexes only the later ids', () => {
    const db = memoryDb();
    db.prepare('INSERT INTO search_index_deferred (one) VALUES (1)').run();
    for (const p of people) addIdentity(db, p);
    db.prepare('DELETE FROM search_index_deferred').run();
    expect(indexIdentitiesAfter(db, 1)).toBe(2);
    expect(searchIdentities(db, 'dartagnan').rows).toEqual([]);
    expect(searchIdentities(db, 'lefebvre').rows.map((r) => r.ipp)).toEqual(['B2']);
  });
});

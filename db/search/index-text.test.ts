import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPhoneticRules } from '../../core/search/phonetic.js';
import { indexTextsOf, phoneticSql, phoneticTextSql, searchTextSql, type IndexedTraits } from './index-text.js';
import { memoryDb } from './test-helpers.js';

const db = memoryDb();
afterAll(() => db.close());

const tokenSet = (text: string) => new Set(text.split(/[^A-Z0-9]+/).filter((t) => t !== ''));

const word = fc.stringMatching(/^[A-Z]{1,10}$/);
const sep = fc.constantFrom(' ', '-', "'", '--');
const nameArb = fc
  .tuple(word, fc.array(fc.tuple(sep, word), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''));
const firstNamesArb = fc
  .array(fc.tuple(word, fc.option(word, { nil: undefined })), { minLength: 1, maxLength: 4 })
  .map((names) => names.map(([a, b]) => (b ? `${a}-${b}` : a)).join(' '));
const traitsArb: fc.Arbitrary<IndexedTraits> = fc.record({
  birthName: nameArb,
  birthFirstNames: firstNamesArb,
  usedName: fc.option(nameArb, { nil: null }),
  usedFirstName: fc.option(firstNamesArb, { nil: null }),
  birthDate: fc.date({ min: new Date('1890-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
});

function sqlTexts(t: IndexedTraits): [string, string] {
  const r = db
    .prepare(
      `SELECT ${searchTextSql('t')} AS search, ${phoneticTextSql('t')} AS phonetic FROM (SELECT ? AS birth_name,
         ? AS birth_first_names, ? AS used_name, ? AS used_first_name, ? AS birth_date) t`,
    )
    .get(t.birthName, t.birthFirstNames, t.usedName, t.usedFirstName, t.birthDate) as { search: string; phonetic: string };
  return [r.search, r.phonetic];
}

describe('index text', () => {
  it('holds words, joined names, first names and date tokens', () => {
    const [search] = sqlTexts({
      birthName: "D'ARTAGNAN",
      birthFirstNames: 'JEAN-PIERRE MARIE',
      usedName: 'MARTIN--DUPONT',
      usedFirstName: null,
      birthDate: '1980-03-12',
    });
    expect(tokenSet(search)).toEqual(
      new Set(['D', 'ARTAGNAN', 'DARTAGNAN', 'JEAN', 'PIERRE', 'JEANPIERRE', 'MARIE', 'MARTIN', 'DUPONT', 'MARTINDUPONT', '19800312', '198003', '1980']),
    );
  });

  it('SQL phonetic replace() chain equals the JS rules on padded multi-word strings', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const padded = ` ${words.join(' ')} `;
        const sql = db.prepare(`SELECT ${phoneticSql('?')} AS k`).get(padded) as { k: string };
        return sql.k === applyPhoneticRules(padded);
      }),
      { numRuns: 300 },
    );
  });

  it('the JS twins give the same token sets as the trigger SQL', () => {
    fc.assert(
      fc.property(traitsArb, (t) => {
        const [sqlSearch, sqlPhonetic] = sqlTexts(t);
        const [jsSearch, jsPhonetic] = indexTextsOf(t);
        expect(tokenSet(jsSearch)).toEqual(tokenSet(sqlSearch));
        expect(tokenSet(jsPhonetic)).toEqual(tokenSet(sqlPhonetic));
      }),
      { numRuns: 300 },
    );
  });
});

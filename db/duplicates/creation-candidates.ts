// Candidates for « cette personne existe peut-être déjà », asked before a new identity is saved: the
// identities born on the typed date or on its day/month swap (identities_birth index), those of the same
// birth name born the same year or on the same day and month (identities_birth_name index: a mistyped
// date), and what the desk's search finds for the name and first name (prefixes, phonetic keys) — each
// scored against the typed traits; merged identities are left out. A few milliseconds on 1M identities.
import { CREATION_THRESHOLD, scorePair, type PairScore } from '../../core/duplicates/score.js';
import { comparable, swappedDayMonth, type DuplicateTraits } from '../../core/duplicates/traits.js';
import type { Db } from '../connection.js';
import { searchIdentities } from '../search/index.js';
import { stmt } from '../statements.js';

export interface CreationCandidate extends PairScore {
  id: number;
}

interface TraitRow {
  id: number;
  birth_name: string;
  birth_first_names: string;
  used_name: string | null;
  sex: 'M' | 'F' | 'I';
  birth_date: string;
  birthplace_cog: string;
  attributes: string;
  matricule: string | null;
}

const TRAITS = `SELECT i.id, i.birth_name, i.birth_first_names, i.used_name, i.sex, i.birth_date, i.birthplace_cog, i.attributes,
  (SELECT n.matricule FROM ins n WHERE n.identity_id = i.id AND n.active = 1 AND n.invalidated_at IS NULL) AS matricule
FROM identities i`;

/** At most this many rows are read per source, so a base full of one name stays fast. */
const PER_SOURCE = 300;

export function findCreationCandidates(db: Db, draft: DuplicateTraits, limit = 5): CreationCandidate[] {
  const rows = new Map<number, TraitRow>();
  const add = (list: TraitRow[]) => list.forEach((r) => rows.set(r.id, r));
  const dates = [draft.birthDate, swappedDayMonth(draft.birthDate) ?? draft.birthDate];
  add(
    stmt<[string, string, number], TraitRow>(
      db,
      `${TRAITS} WHERE i.birth_date IN (?, ?) AND i.merged_into IS NULL LIMIT ?`,
    ).all(dates[0] as string, dates[1] as string, PER_SOURCE),
  );
  const names = [...new Set([draft.birthName, draft.usedName ?? draft.birthName])];
  add(
    stmt<[string, string, string, string, number], TraitRow>(
      db,
      `${TRAITS} WHERE i.birth_name IN (?, ?) AND i.merged_into IS NULL
         AND (substr(i.birth_date, 1, 4) = ? OR substr(i.birth_date, 6) = ?) LIMIT ?`,
    ).all(names[0] as string, (names[1] ?? names[0]) as string, draft.birthDate.slice(0, 4), draft.birthDate.slice(5), PER_SOURCE),
  );
  const firstName = draft.birthFirstNames.split(' ')[0] ?? '';
  const found = searchIdentities(db, `${draft.birthName} ${firstName}`, { limit: PER_SOURCE }).rows.map((r) => r.id);
  const missing = found.filter((id) => !rows.has(id));
  if (missing.length > 0) {
    add(
      stmt<[string], TraitRow>(db, `${TRAITS} WHERE i.id IN (SELECT value FROM json_each(?)) AND i.merged_into IS NULL`).all(
        JSON.stringify(missing),
      ),
    );
  }
  const typed = comparable(draft);
  const out: CreationCandidate[] = [];
  for (const r of rows.values()) {
    const s = scorePair(
      typed,
      comparable({
        birthName: r.birth_name,
        birthFirstNames: r.birth_first_names,
        usedName: r.used_name,
        sex: r.sex,
        birthDate: r.birth_date,
        birthplaceCog: r.birthplace_cog,
        insMatricule: r.matricule,
        homonym: false,
      }),
    );
    if (s.score >= CREATION_THRESHOLD) out.push({ id: r.id, ...s });
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}

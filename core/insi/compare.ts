// Local strict traits vs the traits INSi returned (CR 00), field by field, for the side-by-side screen
// (seed §3.2 « Gestion des retours »): concordant / different with character diff segments, the matricule
// against the stored one, the birthplace history-aware through compareBirthplaces, and a COG INSi returned
// that our reference does not hold flagged so the agent may accept it explicitly (domain.md §4).
import { checkBirthplace } from '../cog/check.js';
import { compareBirthplaces } from '../cog/compare.js';
import type { CogReference } from '../cog/model.js';
import { formatDateFr } from '../identity/birth-date.js';
import { defaultFirstBirthName } from '../identity/first-names.js';
import { diffChars, diffPositional, type DiffSegment } from './diff.js';
import type { InsiIndividual } from './types.js';

export type ComparedField = 'birthName' | 'birthFirstNames' | 'firstBirthName' | 'sex' | 'birthDate' | 'birthplace' | 'matricule';

export type FieldVerdict = 'concordant' | 'concordant_historique' | 'different' | 'absent_local';

export interface FieldComparison {
  field: ComparedField;
  label: string;
  /** Values as displayed (dates JJ/MM/AAAA); the diff segments are computed on these. */
  local: string | null;
  returned: string;
  verdict: FieldVerdict;
  /** « concordant », « concordant (historique) », « différent », « absent de la fiche ». */
  verdictLabel: string;
  segments: DiffSegment[];
  explanation: string | null;
}

export interface LocalTraitsForComparison {
  birthName: string;
  birthFirstNames: string;
  /** Empty or null: the first token of the list (domain.md §1). */
  firstBirthName?: string | null;
  sex: string;
  birthDate: string;
  birthplaceCog: string | null;
  /** The stored INS matricule (15 chars), if the identity already has one. */
  matricule?: string | null;
}

export interface TraitsComparison {
  fields: FieldComparison[];
  /** Every field concordant (plain or historique); absent local values count as not concordant. */
  allConcordant: boolean;
  /** INSi returned a COG our reference does not know: accepting it must be an explicit choice. */
  returnedBirthplaceUnknown: boolean;
  notices: string[];
}

const LABELS: Readonly<Record<ComparedField, string>> = {
  birthName: 'Nom de naissance',
  birthFirstNames: 'Prénom(s) de naissance',
  firstBirthName: 'Premier prénom de naissance',
  sex: 'Sexe',
  birthDate: 'Date de naissance',
  birthplace: 'Lieu de naissance',
  matricule: 'Matricule INS',
};

const VERDICT_LABELS: Readonly<Record<FieldVerdict, string>> = {
  concordant: 'concordant',
  concordant_historique: 'concordant (historique)',
  different: 'différent',
  absent_local: 'absent de la fiche',
};

function field(name: ComparedField, local: string | null, returned: string, positional = false): FieldComparison {
  const verdict: FieldVerdict = local === null || local === '' ? 'absent_local' : local === returned ? 'concordant' : 'different';
  const segments = local === null ? [{ text: returned, kind: 'added' as const }].filter((s) => s.text !== '') : positional ? diffPositional(local, returned) : diffChars(local, returned);
  return { field: name, label: LABELS[name], local, returned, verdict, verdictLabel: VERDICT_LABELS[verdict], segments, explanation: null };
}

export function compareWithInsi(ref: CogReference, local: LocalTraitsForComparison, returned: InsiIndividual): TraitsComparison {
  const t = returned.traits;
  const notices: string[] = [];
  const localFirst = local.firstBirthName?.trim() || defaultFirstBirthName(local.birthFirstNames);
  const fields: FieldComparison[] = [
    field('birthName', local.birthName, t.birthName),
    field('birthFirstNames', local.birthFirstNames, t.firstNames),
    field('firstBirthName', localFirst, defaultFirstBirthName(t.firstNames)),
    field('sex', local.sex, t.sex),
    field('birthDate', local.birthDate ? formatDateFr(local.birthDate) : null, formatDateFr(t.birthDate)),
  ];

  let returnedBirthplaceUnknown = false;
  if (t.birthplaceCog !== null) {
    const bp = field('birthplace', local.birthplaceCog, t.birthplaceCog, true);
    const check = checkBirthplace(ref, t.birthplaceCog, t.birthDate || null);
    if (check.status === 'unknown_code' || check.status === 'malformed') {
      returnedBirthplaceUnknown = true;
      notices.push(`Le code lieu de naissance ${t.birthplaceCog} renvoyé par INSi est absent du référentiel INSEE du logiciel : vous pouvez l'accepter explicitement, il sera enregistré comme « accepté depuis INSi ».`);
    }
    if (bp.verdict !== 'absent_local' && local.birthplaceCog !== null) {
      const cmp = compareBirthplaces(ref, local.birthplaceCog, t.birthplaceCog, local.birthDate || t.birthDate || null);
      bp.explanation = cmp.explanation;
      bp.verdict = cmp.verdict === 'identique' ? 'concordant' : cmp.verdict === 'historique' ? 'concordant_historique' : 'different';
      bp.verdictLabel = VERDICT_LABELS[bp.verdict];
    }
    fields.push(bp);
  } else {
    notices.push("INSi n'a pas renvoyé de lieu de naissance.");
  }

  const storedMatricule = local.matricule?.replace(/\s+/g, '') || null;
  const m = field('matricule', storedMatricule, returned.active.matricule, true);
  if (storedMatricule !== null && m.verdict === 'different') {
    const inHistory = returned.history.some((h) => h.matricule === storedMatricule);
    m.explanation = inHistory
      ? "Le matricule enregistré figure dans l'historique INSi (INSHISTO) : INSi a attribué un nouveau matricule actif."
      : "Le matricule enregistré diffère du matricule INS renvoyé par INSi et ne figure pas dans son historique.";
  }
  fields.push(m);

  const concordant = (f: FieldComparison) =>
    f.verdict === 'concordant' || f.verdict === 'concordant_historique' || (f.field === 'matricule' && f.verdict === 'absent_local');
  return { fields, allConcordant: fields.every(concordant), returnedBirthplaceUnknown, notices };
}

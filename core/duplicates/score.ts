// Scores a pair of identities as one person recorded twice: a product of factors in [0, 1] — birth
// name (or used name typed as birth name), first names, birth date, sex, birthplace — so one strong
// disagreement (another first name, a birth date far away) sinks the pair, while the usual entry errors
// (a typo, lost accents, day and month swapped, a first name missing) each cost a little. The reasons
// say which errors explain the differences. Pure; see db/duplicates/README.md for the figures.
import type { DuplicateReason } from './reasons.js';
import { editDistance, isAccentLoss, jaroWinkler } from './similarity.js';
import { swappedDayMonth, UNKNOWN_BIRTHPLACE, type ComparableTraits } from './traits.js';

/** A pair at or above this score is proposed by the bulk scan. */
export const DUPLICATE_THRESHOLD = 0.72;
/** The creation check shows candidates from this score (the agent decides, a miss costs more). */
export const CREATION_THRESHOLD = 0.6;

export interface PairScore {
  score: number;
  reasons: DuplicateReason[];
}

type Part = readonly [similarity: number, reason: DuplicateReason | null];
const SAME: Part = [1, null];
const NONE: Part = [0, null];
const ACCENTS: Part = [0.95, 'accents'];
const TYPO: Part = [0.93, 'typo'];
const PHONETIC: Part = [0.9, 'phonetic'];
const TWO_TYPOS: Part = [0.85, 'typo'];
const SWAPPED: Part = [0.92, 'day_month_swapped'];
const DATE_TYPO: Part = [0.8, 'date_typo'];

/** Two folded, joined names (with their phonetic keys). */
export function nameSimilarity(a: string, pa: string, b: string, pb: string): Part {
  if (a === b) return a === '' ? NONE : SAME;
  if (a === '' || b === '') return NONE;
  if (isAccentLoss(a, b)) return ACCENTS;
  const d = editDistance(a, b, 2);
  const shortest = Math.min(a.length, b.length);
  if (d === 1 && shortest >= 3) return TYPO;
  if (pa === pb && pa !== '') return PHONETIC;
  if (d === 2 && shortest >= 6) return TWO_TYPOS;
  const jw = a < b ? jaroWinkler(a, b) : jaroWinkler(b, a);
  return [jw * jw * 0.8, null];
}

type CrossPart = [similarity: number, reasons: DuplicateReason[]];

/** `x`'s used name against `y`'s birth name. */
function crossSimilarity(x: ComparableTraits, y: ComparableTraits): CrossPart {
  if (x.usedJoined === null || x.usedPhonetic === null) return [0, []];
  const [s, r] = nameSimilarity(x.usedJoined, x.usedPhonetic, y.birthJoined, y.birthPhonetic);
  return s === 1 ? [0.95, ['used_name_as_birth_name']] : [s * 0.9, r ? ['used_name_as_birth_name', r] : ['used_name_as_birth_name']];
}

function surnameSimilarity(a: ComparableTraits, b: ComparableTraits, reasons: DuplicateReason[]): number {
  const direct = nameSimilarity(a.birthJoined, a.birthPhonetic, b.birthJoined, b.birthPhonetic);
  let best = direct[0];
  let why: DuplicateReason[] = direct[1] ? [direct[1]] : [];
  if (best < 0.95) {
    // A married name typed as the birth name on one record (MARTIN épouse DUBOIS entered as DUBOIS).
    const crossed = [crossSimilarity(a, b), crossSimilarity(b, a)].sort((x, y) => y[0] - x[0] || x[1].join().localeCompare(y[1].join()));
    const top = crossed[0] as CrossPart;
    if (top[0] > best) [best, why] = top;
  }
  reasons.push(...why);
  return best;
}

const sameWords = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((w, i) => w === y[i]);

function firstNamesSimilarity(a: ComparableTraits, b: ComparableTraits, reasons: DuplicateReason[]): number {
  const wa = a.firstNameWords;
  const wb = b.firstNameWords;
  if (sameWords(wa, wb)) return 1;
  if (a.firstNamesJoined === b.firstNamesJoined) return 0.98; // JEAN-PIERRE typed JEAN PIERRE
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (small.length > 0 && small.every((w) => big.includes(w))) {
    reasons.push('first_names_subset');
    // Usually the first one is kept and the others forgotten or added.
    return small[0] === big[0] ? 0.88 : 0.8;
  }
  const [s, r] = nameSimilarity(a.firstEntry, a.firstEntryPhonetic, b.firstEntry, b.firstEntryPhonetic);
  if (s === 1) {
    reasons.push('first_names_subset');
    return 0.85;
  }
  if (r !== null) reasons.push('first_name_typo');
  return s;
}

/** `b` is `a` (YYYY-MM-DD) with day and month exchanged (both stored dates: valid). */
function isDayMonthSwap(a: string, b: string): boolean {
  for (let i = 0; i < 5; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return a.charCodeAt(5) === b.charCodeAt(8) && a.charCodeAt(6) === b.charCodeAt(9) && a.charCodeAt(8) === b.charCodeAt(5) && a.charCodeAt(9) === b.charCodeAt(6);
}

/** Same date; day and month swapped; or one digit mistyped / two adjacent digits exchanged. */
export function dateSimilarity(a: string, b: string): Part {
  if (a === b) return SAME;
  if (a.length !== b.length) return NONE;
  if (isDayMonthSwap(a, b)) return SWAPPED;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return NONE;
  }
  // A date one keystroke away is weak evidence (some fifty such dates around each one), a swap is strong.
  if (second < 0) return DATE_TYPO;
  if (second === first + 1 && a[first] === b[second] && a[second] === b[first]) return DATE_TYPO;
  return NONE;
}

/** The commune code of Paris, Lyon and Marseille stands for any of their arrondissements. */
function cityOf(cog: string): string {
  if (cog.startsWith('751')) return '75056';
  if (cog.startsWith('6938')) return '69123';
  if (cog.startsWith('132')) return '13055';
  return cog;
}

function birthplaceFactor(a: string, b: string, reasons: DuplicateReason[]): number {
  if (a === b) return 1;
  if (a === UNKNOWN_BIRTHPLACE || b === UNKNOWN_BIRTHPLACE || a === '' || b === '') return 0.95;
  const ca = cityOf(a);
  const cb = cityOf(b);
  // « Paris » for « Paris 12e arrondissement » is the same place; two arrondissements are not.
  if (ca === cb && (ca === a || cb === b)) return 0.95;
  reasons.push('birthplace_differs');
  // Everything equal but the birthplace is what two true homonyms look like: not proposed alone.
  return 0.65;
}

/**
 * Score in [0, 1] (1: same traits) and the reasons. Symmetric. Two different active INS are two persons
 * (×0.5); a pair that both carry the homonyme attribute with the same name, first name and date was
 * declared close-but-different (×0.5). The same INS on both is reported as `same_ins` (a collision).
 */
export function scorePair(a: ComparableTraits, b: ComparableTraits): PairScore {
  return scoreAbove(a, b, 0) as PairScore;
}

/**
 * scorePair, or null as soon as the score is known to stay below `floor` (the bulk scan compares millions
 * of pairs, most of them far apart).
 */
export function scoreAbove(a: ComparableTraits, b: ComparableTraits, floor: number): PairScore | null {
  const ta = a.traits;
  const tb = b.traits;
  const sameIns = ta.insMatricule !== null && ta.insMatricule === tb.insMatricule;
  const [date, dateReason] = dateSimilarity(ta.birthDate, tb.birthDate);
  if (date === 0) return floor > 0 ? null : { score: 0, reasons: sameIns ? ['same_ins'] : [] };
  const reasons: DuplicateReason[] = sameIns ? ['same_ins'] : [];
  let score = date * firstNamesSimilarity(a, b, reasons);
  if (score < floor) return null;
  score *= surnameSimilarity(a, b, reasons);
  if (score < floor) return null;
  if (dateReason) reasons.push(dateReason);
  if (ta.sex !== tb.sex) {
    if (ta.sex === 'I' || tb.sex === 'I') score *= 0.9;
    else {
      score *= 0.8;
      reasons.push('sex_differs');
    }
  }
  score *= birthplaceFactor(ta.birthplaceCog, tb.birthplaceCog, reasons);
  if (!sameIns && ta.insMatricule !== null && tb.insMatricule !== null) score *= 0.5;
  if (ta.homonym && tb.homonym && a.birthJoined === b.birthJoined && a.firstEntry === b.firstEntry && date === 1) score *= 0.5;
  if (score === 1) reasons.push('same_traits');
  const rounded = Math.round(score * 1000) / 1000;
  if (rounded < floor) return null;
  return { score: rounded, reasons: [...new Set(reasons)] };
}

/** Four decimal digits of `x` differ in at most one place, or by two adjacent ones exchanged. */
function oneKeystroke4(x: number, y: number): boolean {
  let diffs = 0;
  let first = -1;
  for (let p = 0; p < 4; p++) {
    const dx = Math.floor(x / 10 ** p) % 10;
    const dy = Math.floor(y / 10 ** p) % 10;
    if (dx !== dy) {
      if (++diffs > 2) return false;
      if (first < 0) first = p;
      else if (p !== first + 1 || Math.floor(x / 10 ** first) % 10 !== dy || dx !== Math.floor(y / 10 ** first) % 10) return false;
    }
  }
  return true;
}

/**
 * Cheap integer pre-test of dateSimilarity on (year, month × 100 + day): false only when the two dates
 * cannot be the same, swapped or one keystroke apart — the bulk scan skips most compared pairs with it.
 */
export function datesMayMatch(yearA: number, monthDayA: number, yearB: number, monthDayB: number): boolean {
  if (monthDayA === monthDayB) return yearA === yearB || oneKeystroke4(yearA, yearB);
  if (yearA !== yearB) return false;
  const swapped = (monthDayA % 100) * 100 + Math.floor(monthDayA / 100);
  if (swapped === monthDayB) return true;
  // Month and day are separate fields: an exchange across them is not one keystroke.
  const ma = Math.floor(monthDayA / 100);
  const mb = Math.floor(monthDayB / 100);
  if (ma === mb) return oneKeystroke4(monthDayA % 100, monthDayB % 100);
  return monthDayA % 100 === monthDayB % 100 && oneKeystroke4(ma, mb);
}

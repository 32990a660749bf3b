// How the mock finds identities (the real algorithm is not public; research §6 suggests this rule): birth name,
// sex and birth date equal; Prenom equal to the first name of ListePrenom or to the whole list (optionally any of
// its names); LieuNaissance, when sent, equal. Vitale: the beneficiary's own NIR, else insured NIR + date + rank.
import type { MockCard } from './dataset/cards.js';
import type { FaultPersona, MockIdentity } from './dataset/identities.js';

export interface MatchOptions {
  /** 'first-or-all' (default): first name of the list or the whole list; 'any': also any later first name (UNCONFIRMED). */
  firstName: 'first-or-all' | 'any';
}

export const DEFAULT_MATCH: MatchOptions = { firstName: 'first-or-all' };

export interface TraitsRequest {
  birthName: string | null;
  /** All Prenom elements (the XSD allows several; clients send one). */
  firstNames: string[];
  sex: string | null;
  birthDate: string | null;
  birthplaceCog: string | null;
}

export interface VitaleRequest {
  beneficiaryNir: string | null;
  insuredNir: string | null;
  birthName: string | null;
  birthDate: string | null;
  birthRank: string | null;
}

const norm = (s: string | null) => (s ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
const tokens = (s: string) => norm(s).split(' ').filter(Boolean);

function firstNameMatches(sent: string, list: string, mode: MatchOptions['firstName']): boolean {
  const s = norm(sent);
  const names = tokens(list);
  if (s === names[0] || s === names.join(' ')) return true;
  return mode === 'any' && names.includes(s);
}

export function matchTraits(base: readonly MockIdentity[], q: TraitsRequest, opts: MatchOptions = DEFAULT_MATCH): MockIdentity[] {
  const sent = q.firstNames.map(norm).filter(Boolean);
  if (!q.birthName || !q.sex || !q.birthDate || sent.length === 0) return [];
  return base.filter(
    (p) =>
      norm(p.birthName) === norm(q.birthName) &&
      p.sex === norm(q.sex) &&
      p.birthDate === q.birthDate?.trim() &&
      sent.some((f) => firstNameMatches(f, p.firstNames, opts.firstName)) &&
      (q.birthplaceCog === null || norm(q.birthplaceCog) === p.birthplaceCog),
  );
}

export function faultPersona(personas: readonly FaultPersona[], q: TraitsRequest): FaultPersona | undefined {
  const sentTokens = q.firstNames.flatMap(tokens);
  return personas.find((p) => norm(p.birthName) === norm(q.birthName) && p.firstNames.some((f) => sentTokens.includes(f)));
}

export function matchVitale(cards: readonly MockCard[], base: readonly MockIdentity[], q: VitaleRequest): MockIdentity[] {
  const hits = cards.flatMap((card) =>
    card.beneficiaries.filter((b) =>
      q.beneficiaryNir
        ? b.nir?.num === q.beneficiaryNir
        : card.insured.nir.num === q.insuredNir && b.birthDate === q.birthDate && String(b.birthRank) === norm(q.birthRank || '1'),
    ),
  );
  const ids = [...new Set(hits.map((b) => b.identityId).filter((id): id is string => id !== null))];
  return ids.flatMap((id) => base.filter((p) => p.id === id));
}

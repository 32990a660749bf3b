// Test data and handlers for component tests: real core rules behind a memory transport, so the
// form shows what the backend would (normalised values, French messages), over a tiny COG sample.
import { validateIdentityDraft } from '../../core/identity/validate.js';
import type { BirthplaceCheck } from '../../core/identity/types.js';
import type { Out } from '../../core/contract/channels.js';
import type { MemoryHandlers } from '../api/memory-transport.js';

export type View = Out<'identity.get'>;
export type Row = Out<'identity.search'>['rows'][number];

const COG: Record<string, string> = { '33063': 'Bordeaux (33)', '2A004': 'Ajaccio (2A)', '99999': 'INCONNU' };

function checkBirthplace(code: string): BirthplaceCheck {
  if (!/^(\d{2}|2[AB])\d{3}$/.test(code)) return { status: 'malformed', message: `Le code « ${code} » n'est pas un code INSEE` };
  const label = COG[code];
  return label ? { status: 'ok', label } : { status: 'unknown_code', message: `Le code « ${code} » n'existe pas dans le Code officiel géographique` };
}

export const checkHandler: MemoryHandlers['identity.check'] = ({ draft }) => {
  const r = validateIdentityDraft(
    { ...draft, sex: draft.sex, birthplaceCog: draft.birthplaceCog },
    { todayIso: '2025-06-01', checkBirthplace },
  );
  return { normalized: r.normalized as Record<string, unknown>, errors: r.errors, warnings: r.warnings };
};

export function row(partial: Partial<Row> & { id: number; birthName: string }): Row {
  return {
    ipp: `IPP${partial.id}`,
    birthFirstNames: 'JEAN PIERRE',
    firstBirthName: 'JEAN',
    sex: 'M',
    birthDate: '1980-03-12',
    birthDateCorrected: false,
    birthplaceCog: '33063',
    birthplaceLabel: 'Bordeaux (33)',
    usedName: null,
    usedFirstName: null,
    status: 'provisoire',
    attributes: [],
    insMasked: null,
    possibleHomonym: false,
    matchedBy: ['prefixe'],
    ...partial,
  };
}

export function view(partial: Partial<View> = {}): View {
  return {
    id: 7,
    ipp: 'IPP7',
    birthName: 'DUPONT',
    birthFirstNames: 'JEAN PIERRE',
    firstBirthName: 'JEAN',
    sex: 'M',
    birthDate: '1980-03-12',
    birthDateCorrected: false,
    birthplace: { code: '33063', label: 'Bordeaux (33)', currentLabel: null, kind: 'commune' },
    usedName: null,
    usedFirstName: null,
    insiCall: { allowed: true, reason: null, warning: null },
    insiVerifiedAt: null,
    status: 'provisoire',
    attributes: [],
    insiVerified: false,
    documentCheck: null,
    ins: null,
    missingForQualified: ["Contrôle d'une pièce d'identité à haut niveau de confiance", 'Récupération ou vérification de l’INS par le téléservice INSi'],
    traitsLocked: false,
    version: 1,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...partial,
  };
}

export const sessionHandlers: MemoryHandlers = {
  'session.current': (_input, token) => ({
    operator: token ? { username: 'accueil', displayName: 'Agent Test', role: 'agent' } : null,
    demo: true,
    needsBootstrap: false,
    workstation: 'POSTE-1',
  }),
  'session.login': ({ username }) => ({
    operator: { username, displayName: 'Agent Test', role: 'agent' },
    token: 'tok-1',
    demo: true,
  }),
};

/** The same session as a referent (who may manage operator accounts). */
export const referentSessionHandlers: MemoryHandlers = {
  'session.current': (_input, token) => ({
    operator: token ? { username: 'referent', displayName: 'Référente Test', role: 'referent' } : null,
    demo: true,
    needsBootstrap: false,
    workstation: 'POSTE-1',
  }),
  'session.login': () => ({
    operator: { username: 'referent', displayName: 'Référente Test', role: 'referent' },
    token: 'tok-1',
    demo: true,
  }),
};

// INSi answers for component tests, shaped exactly like the contract (InsiOutcomeSchema, VitaleCardSchema):
// the diff segments come from the real core/insi diff and the messages from core/insi/messages, over the
// mock teleservice's test identities (TCHITCHI, ADRTROIS TOUSSAINT, HOUILLES) and virtual cards.
import type { Out } from '../../core/contract/channels.js';
import { diffChars, diffPositional } from '../../core/insi/diff.js';
import { NOT_FOUND_MESSAGE, failureMessage } from '../../core/insi/messages.js';

export type Outcome = Out<'insi.search'>;
type Field = NonNullable<Outcome['comparison']>['fields'][number];
type Verdict = Field['verdict'];

const VERDICTS: Record<Verdict, string> = {
  concordant: 'concordant',
  concordant_historique: 'concordant (historique)',
  different: 'différent',
  absent_local: 'absent de la fiche',
};
const LABELS: Record<Field['field'], string> = {
  birthName: 'Nom de naissance',
  birthFirstNames: 'Prénom(s) de naissance',
  firstBirthName: 'Premier prénom de naissance',
  sex: 'Sexe',
  birthDate: 'Date de naissance',
  birthplace: 'Lieu de naissance',
  matricule: 'Matricule INS',
};

/** One compared trait; the verdict follows from the values unless given (historique). */
export function compared(field: Field['field'], local: string | null, returned: string, verdict?: Verdict, explanation: string | null = null): Field {
  const v: Verdict = verdict ?? (local === null || local === '' ? 'absent_local' : local === returned ? 'concordant' : 'different');
  const positional = field === 'birthplace' || field === 'matricule';
  const segments = local === null ? [{ text: returned, kind: 'added' as const }] : positional ? diffPositional(local, returned) : diffChars(local, returned);
  return { field, label: LABELS[field], local, returned, verdict: v, verdictLabel: VERDICTS[v], segments, explanation };
}

const ATTEMPT_FIRST = { reason: 'Premier appel sans lieu de naissance', sent: 'TCHITCHI / OLA / F / 21/06/1936', result: '01', durationMs: 42 };

/** TCHITCHI local « OLA CATARINA BELLA » → INSi « CATARINA BELLA » after the first-name iteration (CR 00 on CATARINA). */
export function tchitchiFound(extra: Partial<Outcome> = {}): Outcome {
  return {
    callId: 'call-tchitchi',
    outcome: 'found',
    message: null,
    attempts: [
      ATTEMPT_FIRST,
      { reason: 'Relance avec le prénom CATARINA', sent: 'TCHITCHI / CATARINA / F / 21/06/1936', result: '00', durationMs: 38 },
    ],
    returned: {
      birthName: 'TCHITCHI',
      birthFirstNames: 'CATARINA BELLA',
      firstBirthName: 'CATARINA',
      sex: 'F',
      birthDate: '1936-06-21',
      birthplaceCog: '63220',
      birthplaceLabel: 'Pont-du-Château (63)',
      matricule: '236066322083656',
      oid: '1.2.250.1.213.1.4.8',
      kind: 'NIR',
      historyCount: 0,
    },
    comparison: {
      fields: [
        compared('birthName', 'TCHITCHI', 'TCHITCHI'),
        compared('birthFirstNames', 'OLA CATARINA BELLA', 'CATARINA BELLA'),
        compared('firstBirthName', 'OLA', 'CATARINA'),
        compared('sex', 'F', 'F'),
        compared('birthDate', '21/06/1936', '21/06/1936'),
        compared('birthplace', '63220', '63220'),
        compared('matricule', null, '236066322083656'),
      ],
      allConcordant: false,
      returnedBirthplaceUnknown: false,
      notices: [],
    },
    warnings: [],
    identityId: 7,
    identityVersion: 1,
    environment: 'démonstration (simulateur INSi local)',
    ...extra,
  };
}

/** ADRTROIS TOUSSAINT born in Corsica, local commune code 20020 (before 1976) vs INSi's 2B020. */
export function adrtroisFound(extra: Partial<Outcome> = {}): Outcome {
  const base = tchitchiFound();
  return {
    ...base,
    callId: 'call-adrtrois',
    attempts: [{ reason: 'Premier appel sans lieu de naissance', sent: 'ADRTROIS / TOUSSAINT / M / 01/01/1960', result: '00', durationMs: 35 }],
    returned: {
      ...base.returned!,
      birthName: 'ADRTROIS',
      birthFirstNames: 'TOUSSAINT',
      firstBirthName: 'TOUSSAINT',
      sex: 'M',
      birthDate: '1960-01-01',
      birthplaceCog: '2B020',
      birthplaceLabel: 'Bastia (2B)',
      matricule: '160012B02077713',
    },
    comparison: {
      fields: [
        compared('birthName', 'ADRTROIS', 'ADRTROIS'),
        compared('birthFirstNames', 'TOUSSAINT', 'TOUSSAINT'),
        compared('firstBirthName', 'TOUSSAINT', 'TOUSSAINT'),
        compared('sex', 'M', 'M'),
        compared('birthDate', '01/01/1960', '01/01/1960'),
        compared('birthplace', '20020', '2B020', 'concordant_historique', 'Même commune : 20020 (Bastia, Corse avant 1976) est devenu 2B020.'),
        compared('matricule', null, '160012B02077713'),
      ],
      allConcordant: true,
      returnedBirthplaceUnknown: false,
      notices: [],
    },
    ...extra,
  };
}

export function houillesNotFound(): Outcome {
  return {
    callId: 'call-houilles',
    outcome: 'not_found',
    message: NOT_FOUND_MESSAGE,
    attempts: [{ reason: 'Premier appel sans lieu de naissance', sent: 'HOUILLES / PIERRE / M / 01/01/1980', result: '01', durationMs: 30 }],
    returned: null,
    comparison: null,
    warnings: [],
    identityId: 7,
    identityVersion: 1,
    environment: 'démonstration (simulateur INSi local)',
  };
}

export function serviceFault(): Outcome {
  return {
    ...houillesNotFound(),
    callId: 'call-fault',
    outcome: 'failed',
    message: failureMessage('fault_unavailable', {
      fault: { code: 'Receiver', subcode: 'siram_40', reason: 'Service indisponible', detailCode: 'desir_1020', severity: 'fatale', detailText: 'Service indisponible', messageId: null },
      error: null,
      endpoint: 'http://127.0.0.1:8089/lps',
      timeoutMs: 10_000,
      tries: 3,
    }),
    attempts: [{ reason: 'Premier appel sans lieu de naissance', sent: 'DE VINCI / DICAPRIO / M / 01/02/2014', result: 'siram_40', durationMs: 25 }],
  };
}

export const CARDS: Out<'insi.cards'> = [
  {
    id: 'carte-virtuelle-1',
    label: 'Carte virtuelle 1 — ADRUN ZOE et son enfant',
    synthetic: true,
    beneficiaries: [
      { index: 0, label: 'ADRUN ZOE, née le 31/12/1975', quality: 'assurée' },
      { index: 1, label: 'NESSI MICHELANGELO, né le 07/08/2010', quality: 'enfant' },
    ],
  },
  {
    id: 'carte-virtuelle-2',
    label: 'Carte virtuelle 2 — famille MARTIN-VIRTUEL (jumeaux)',
    synthetic: true,
    beneficiaries: [
      { index: 0, label: 'MARTIN-VIRTUEL CLAIRE, née le 12/04/1985', quality: 'assurée' },
      { index: 1, label: 'MARTIN-VIRTUEL LOUIS, né le 03/09/2016 (rang 1)', quality: 'enfant' },
      { index: 2, label: 'MARTIN-VIRTUEL LEA, née le 03/09/2016 (rang 2)', quality: 'enfant' },
      { index: 3, label: 'DURAND-VIRTUEL PAUL, né le 20/05/1983', quality: 'conjoint' },
    ],
  },
];

export const STATUS_OK: Out<'insi.status'> = {
  available: true,
  environment: 'démonstration (simulateur INSi local)',
  endpoint: 'http://127.0.0.1:8089/lps',
  reason: null,
  cardReader: true,
};

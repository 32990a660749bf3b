// Builds the InsiOutcome the agent sees from a client outcome: one line per wire call (French reason, what was
// sent, the result), the message, the returned identity byte for byte with its birthplace label and INS, and
// the field-by-field comparison with the local traits (history-aware COG, stored matricule).
import type { z } from 'zod';
import { describeBirthplace } from '../../../core/cog/index.js';
import type { InsiOutcomeSchema } from '../../../core/contract/schemas.js';
import { compareWithInsi, type LocalTraitsForComparison } from '../../../core/insi/compare.js';
import type { AttemptReason } from '../../../core/insi/strategy.js';
import type { InsiCallRecord, InsiIndividual, TraitsQuery, VitaleQuery } from '../../../core/insi/types.js';
import { formatDateFr } from '../../../core/identity/birth-date.js';
import { defaultFirstBirthName } from '../../../core/identity/first-names.js';
import { oidKind } from '../../../core/identity/nir.js';
import type { InsiSearchOutcome } from '../insi/index.js';
import type { AppContext } from '../context.js';

export type InsiOutcomeView = z.output<typeof InsiOutcomeSchema>;

const REASONS: Readonly<Record<AttemptReason, (q: TraitsQuery) => string>> = {
  first_name: (q) => `Appel avec le prénom ${q.firstName}, sans lieu de naissance`,
  all_first_names: () => 'Appel avec tous les prénoms de naissance, sans lieu de naissance',
  birthplace_after_multiple: () => 'Relance automatique avec le lieu de naissance (plusieurs identités trouvées)',
  first_names_after_multiple: () => 'Relance automatique avec tous les prénoms (plusieurs identités trouvées)',
};

const isTraits = (q: TraitsQuery | VitaleQuery): q is TraitsQuery => 'firstName' in q;

export function sentSummary(q: TraitsQuery | VitaleQuery): string {
  if (isTraits(q)) return [q.birthName, q.firstName, q.sex, formatDateFr(q.birthDate), ...(q.birthplaceCog ? [q.birthplaceCog] : [])].join(' / ');
  return `Carte Vitale : ${q.birthName ?? '(nom de la carte)'} / né(e) le ${formatDateFr(q.birthDate)} / rang ${q.birthRank}`;
}

const STATUS_WORDS: Partial<Record<InsiCallRecord['status'], string>> = {
  timeout: 'délai dépassé',
  network: 'erreur réseau',
  tls: 'erreur TLS',
  http_error: 'erreur HTTP',
  http_rejected: 'requête refusée',
  malformed: 'réponse illisible',
};

function resultOf(r: InsiCallRecord): string {
  if (r.crCode) return r.crCode;
  if (r.fault) return [r.fault.subcode, r.fault.detailCode].filter(Boolean).join(' / ') || 'erreur SOAP';
  return STATUS_WORDS[r.status] ?? r.status;
}

export function attemptsOf(outcome: InsiSearchOutcome): InsiOutcomeView['attempts'] {
  return outcome.steps.flatMap((step) =>
    step.calls.map((call) => {
      const base = step.reason === 'vitale' ? 'Interrogation par carte Vitale' : REASONS[step.reason](step.query as TraitsQuery);
      return {
        reason: call.transportAttempt > 1 ? `${base} — nouvelle tentative automatique n° ${call.transportAttempt}` : base,
        sent: sentSummary(call.sent),
        result: resultOf(call),
        durationMs: Math.round(call.durationMs),
      };
    }),
  );
}

/** The first birth first name as INSi gives it: TIQ/Prenom when present, else the first token of ListePrenom. */
export const returnedFirstBirthName = (i: InsiIndividual): string => i.traits.firstName?.trim() || defaultFirstBirthName(i.traits.firstNames);

export function returnedView(ctx: AppContext, i: InsiIndividual): NonNullable<InsiOutcomeView['returned']> {
  const t = i.traits;
  const place = t.birthplaceCog ? describeBirthplace(ctx.cog, t.birthplaceCog, t.birthDate || null) : null;
  return {
    birthName: t.birthName,
    birthFirstNames: t.firstNames,
    firstBirthName: returnedFirstBirthName(i),
    sex: t.sex,
    birthDate: t.birthDate,
    birthplaceCog: t.birthplaceCog,
    birthplaceLabel: t.birthplaceCog === null ? 'non renvoyé par INSi' : place && place.kind !== 'hors-referentiel' ? place.label : `${t.birthplaceCog} (absent du référentiel INSEE)`,
    matricule: i.active.matricule,
    oid: i.active.oid,
    kind: oidKind(i.active.oid),
    historyCount: i.history.length,
  };
}

export function comparisonView(ctx: AppContext, local: LocalTraitsForComparison | null, i: InsiIndividual): InsiOutcomeView['comparison'] {
  if (!local) return null;
  const c = compareWithInsi(ctx.cog, local, i);
  return { fields: c.fields, allConcordant: c.allConcordant, returnedBirthplaceUnknown: c.returnedBirthplaceUnknown, notices: c.notices };
}

// The identity as stored: strict traits, complementary traits, IPP, INS (the matricule only when
// qualifiée: the backend sends it only then), when INSi's traits were accepted, and the recorded document
// check. Props only.
import { FIELD_LABELS, SEX_LABELS } from '../../../core/identity/labels.js';
import type { ReactNode } from 'react';
import { formatDateTime, isoToFr } from '../../lib/format.js';
import type { IdentityView } from '../../stores/identity-store.js';

const INS_KINDS: Record<string, string> = { NIR: 'NIR', NIA: 'NIA', TEST: 'INS de test', DEMO: 'INS de démonstration', AUTRE: 'autre' };

export function IdentityCard({ view }: { view: IdentityView }) {
  const row = (label: string, value: ReactNode, mono = false) => (
    <div className="trait">
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{value}</dd>
    </div>
  );
  const place = view.birthplace;
  return (
    <div className="card identity-card">
      <section aria-labelledby="traits-title">
        <h2 id="traits-title">Traits stricts</h2>
        <dl className="traits">
          {row(FIELD_LABELS.birthName, view.birthName, true)}
          {row(FIELD_LABELS.birthFirstNames, view.birthFirstNames, true)}
          {row(FIELD_LABELS.firstBirthName, view.firstBirthName, true)}
          {row(FIELD_LABELS.birthDate, `${isoToFr(view.birthDate)}${view.birthDateCorrected ? ' (date corrigée)' : ''}`)}
          {row(FIELD_LABELS.sex, SEX_LABELS[view.sex])}
          {row(
            FIELD_LABELS.birthplaceCog,
            <>
              {place.label} <span className="mono">({place.code})</span>
              {place.currentLabel && <span className="hint"> — aujourd’hui : {place.currentLabel}</span>}
            </>,
          )}
        </dl>
      </section>
      <section aria-labelledby="other-title">
        <h2 id="other-title">Traits complémentaires et identifiants</h2>
        <dl className="traits">
          {row(FIELD_LABELS.usedName, view.usedName ?? '—', true)}
          {row(FIELD_LABELS.usedFirstName, view.usedFirstName ?? '—', true)}
          {row(FIELD_LABELS.ipp, view.ipp, true)}
          {row(
            'INS',
            view.ins ? (
              <>
                <span className="mono">{view.ins.matricule ?? view.ins.masked}</span>{' '}
                <span className="hint">
                  ({INS_KINDS[view.ins.kind] ?? view.ins.kind}
                  {view.ins.matricule ? '' : ', masqué tant que l’identité n’est pas qualifiée'}
                  {view.ins.invalidated ? ', invalidé' : ''})
                </span>
              </>
            ) : (
              'Aucun'
            ),
          )}
          {row(
            'Téléservice INSi',
            view.insiVerifiedAt
              ? `Traits et INS reçus d’INSi, acceptés le ${formatDateTime(view.insiVerifiedAt)}`
              : 'Identité non récupérée par INSi',
          )}
          {row(
            "Contrôle de pièce d'identité",
            view.documentCheck
              ? `${view.documentCheck.deviceLabel}, valable jusqu’au ${isoToFr(view.documentCheck.validUntil)} — contrôlé le ${formatDateTime(view.documentCheck.checkedAt)} par ${view.documentCheck.operator}`
              : 'Aucun contrôle enregistré',
          )}
        </dl>
      </section>
    </div>
  );
}

// CR 00: the comparison, the INS returned (matricule and OID, which the agent compares too), the explicit
// acceptance of a birthplace code absent from our reference, the optional document check, and the decision:
// « Accepter l'identité INSi » has the focus, so Entrée accepts; « Refuser » asks a reason (journaled).
import { useEffect, useRef, useState } from 'react';
import { parseFrDate } from '../../lib/format.js';
import type { AcceptChoices, DeviceType, InsiOutcome } from '../../stores/insi-store.js';
import { ComparisonTable } from './ComparisonTable.js';
import { DocumentCheckFields, type DocumentCheckValues } from './DocumentCheckFields.js';

const KIND_LABELS: Record<string, string> = { NIR: 'NIR', NIA: 'NIA (numéro provisoire)', TEST: 'INS de test', DEMO: 'INS de démonstration', AUTRE: 'autre' };

interface Props {
  outcome: InsiOutcome;
  isDraft: boolean;
  localBirthplaceLabel: string | null;
  /** Offer the document check (none recorded yet); null device types while loading. */
  documentCheck: { deviceTypes: DeviceType[] | null } | null;
  busy: boolean;
  /** A warning already shown above the panel (not repeated here). */
  shownWarning: string | null;
  /** Resolves with an error message to show, or null when accepted (the caller navigates). */
  onAccept(choices: AcceptChoices): Promise<string | null>;
  onRefuse(): void;
}

export function ComparisonPanel({ outcome, isDraft, localBirthplaceLabel, documentCheck, busy, shownWarning, onAccept, onRefuse }: Props) {
  const comparison = outcome.comparison;
  const returned = outcome.returned;
  const acceptButton = useRef<HTMLButtonElement>(null);
  const [cogAccepted, setCogAccepted] = useState(false);
  const [cogError, setCogError] = useState<string | null>(null);
  const [doc, setDoc] = useState<DocumentCheckValues>({ type: '', until: '' });
  const [docErrors, setDocErrors] = useState<{ type: string | null; date: string | null }>({ type: null, date: null });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { acceptButton.current?.focus(); }, []);

  if (!comparison || !returned) return <p role="alert" className="form-error">Réponse INSi incomplète : rien n’a été modifié.</p>;

  const submit = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    if (busy) return;
    setError(null);
    if (comparison.returnedBirthplaceUnknown && !cogAccepted) {
      setCogError('Cochez la case pour accepter ce code lieu de naissance, ou refusez l’identité INSi.');
      document.getElementById('insi-accept-cog')?.focus();
      return;
    }
    let check: AcceptChoices['documentCheck'] = null;
    if (documentCheck && (doc.type || doc.until.trim())) {
      const iso = parseFrDate(doc.until);
      const type = doc.type ? null : 'Choisissez le type de pièce, ou videz la date pour accepter sans contrôle.';
      const date = iso ? null : 'Saisissez la date de fin de validité au format JJ/MM/AAAA.';
      setDocErrors({ type, date });
      if (type) document.getElementById('insi-doc-type')?.focus();
      else if (date) document.getElementById('insi-doc-until')?.focus();
      if (type || date || !iso) return;
      check = { deviceType: doc.type, validUntil: iso };
    }
    const message = await onAccept({ acceptUnknownBirthplace: cogAccepted, documentCheck: check });
    if (message) {
      setError(message);
      acceptButton.current?.focus();
    }
  };

  const warnings = outcome.warnings.filter((w) => w !== shownWarning);
  const willBe = documentCheck && doc.type ? 'Identité qualifiée' : null;
  return (
    <form className="insi-result" aria-labelledby="insi-compare-title" onSubmit={submit} noValidate>
      <h2 id="insi-compare-title">Identité trouvée par INSi — comparez avant d'accepter</h2>
      <p className={comparison.allConcordant ? 'insi-summary insi-summary--ok' : 'insi-summary insi-summary--diff'}>
        {comparison.allConcordant
          ? 'Tous les traits concordent.'
          : `Des traits diffèrent : en acceptant, les traits stricts ${isDraft ? 'de la nouvelle identité seront' : 'de la fiche seront remplacés par'} ceux d'INSi.`}
      </p>
      <ComparisonTable
        comparison={comparison}
        localTitle={isDraft ? 'Saisie' : 'Fiche locale'}
        localName={isDraft ? 'la saisie' : 'la fiche'}
        localBirthplaceLabel={localBirthplaceLabel}
        returnedBirthplaceLabel={returned.birthplaceLabel}
      />
      <dl className="insi-ins">
        <div><dt>Matricule INS</dt><dd className="mono">{returned.matricule}</dd></div>
        <div><dt>Type</dt><dd>{KIND_LABELS[returned.kind] ?? returned.kind}</dd></div>
        <div><dt>OID</dt><dd className="mono">{returned.oid}</dd></div>
        {returned.historyCount > 0 && <div><dt>Historique INSi</dt><dd>{returned.historyCount} matricule(s) antérieur(s)</dd></div>}
      </dl>
      {comparison.notices.length > 0 && (
        <ul className="insi-notices">
          {comparison.notices.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {comparison.returnedBirthplaceUnknown && (
        <div className="field insi-cog">
          <label className="checkbox">
            <input
              id="insi-accept-cog"
              type="checkbox"
              checked={cogAccepted}
              aria-invalid={cogError ? true : undefined}
              aria-describedby={cogError ? 'insi-accept-cog-error' : undefined}
              onChange={(e) => { setCogAccepted(e.target.checked); setCogError(null); }}
              onKeyDown={(e) => { if (e.key === 'Enter') void submit(e); }}
            />
            J’accepte le code lieu de naissance {returned.birthplaceCog} renvoyé par INSi, absent du référentiel du logiciel
          </label>
          {cogError && <p id="insi-accept-cog-error" role="alert" className="field__error">{cogError}</p>}
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="insi-warnings">
          {warnings.map((w) => <li key={w} className="warning-text">{w}</li>)}
        </ul>
      )}
      {documentCheck && (
        <DocumentCheckFields
          deviceTypes={documentCheck.deviceTypes}
          values={doc}
          onChange={(v) => { setDoc(v); setDocErrors({ type: null, date: null }); }}
          typeError={docErrors.type}
          dateError={docErrors.date}
        />
      )}
      {error && <p role="alert" className="form-error">{error} Rien n’a été modifié.</p>}
      <div className="form-actions">
        <button ref={acceptButton} type="submit" className="btn btn--primary" aria-disabled={busy} aria-describedby="insi-accept-hint">
          Accepter l'identité INSi
        </button>
        <span id="insi-accept-hint" className="hint">
          <kbd>Entrée</kbd> — {isDraft ? 'crée l’identité avec' : 'remplace les traits stricts par'} les traits INSi
          {willBe ? ` ; « ${willBe} »` : ''}
        </span>
        <button type="button" className="btn" onClick={onRefuse}>Refuser</button>
      </div>
    </form>
  );
}

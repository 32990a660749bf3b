// « Contrôle de pièce d'identité »: the device type (nothing preselected, RNIV) and its validity
// end date; the backend decides whether the device is acceptable and says why when it is not.
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import { DocumentCheckInputs } from '../../components/DocumentCheckInputs.js';
import { parseFrDate } from '../../lib/format.js';
import type { DeviceType } from '../../stores/identity-store.js';

interface Props {
  deviceTypes: DeviceType[] | null;
  onClose(): void;
  /** Resolves with an error message, or null when recorded. */
  onConfirm(deviceType: string, validUntilIso: string): Promise<string | null>;
}

export function DocumentCheckDialog({ deviceTypes, onClose, onConfirm }: Props) {
  const [type, setType] = useState('');
  const [until, setUntil] = useState('');
  const [typeError, setTypeError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation(); // never submit an enclosing form
    if (busy) return;
    const iso = parseFrDate(until);
    const tErr = type ? null : 'Choisissez le type de pièce.';
    const dErr = iso ? null : 'Saisissez la date de fin de validité au format JJ/MM/AAAA.';
    setTypeError(tErr);
    setDateError(dErr);
    if (tErr) document.getElementById('doc-type')?.focus();
    else if (dErr) document.getElementById('doc-until')?.focus();
    if (tErr || dErr || !iso) return;
    setBusy(true);
    const message = await onConfirm(type, iso);
    setBusy(false);
    setError(message);
  };

  return (
    <Dialog title="Contrôle de pièce d'identité" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="hint">Dispositifs à haut niveau de confiance uniquement (ni permis de conduire, ni carte Vitale).</p>
        <DocumentCheckInputs
          idPrefix="doc"
          emptyOption="— Choisir le type de pièce —"
          deviceTypes={deviceTypes}
          values={{ type, until }}
          onChange={(next) => {
            if (next.type !== type) setTypeError(null);
            if (next.until !== until) setDateError(null);
            setType(next.type);
            setUntil(next.until);
          }}
          typeError={typeError}
          dateError={dateError}
          autoFocus
        />
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog__actions">
          <button type="submit" className="btn btn--primary" aria-disabled={busy}>Enregistrer le contrôle</button>
          <button type="button" className="btn" onClick={onClose}>Annuler</button>
        </div>
      </form>
    </Dialog>
  );
}

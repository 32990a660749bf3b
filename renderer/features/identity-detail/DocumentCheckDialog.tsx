// « Contrôle de pièce d'identité »: the device type (nothing preselected, RNIV) and its validity
// end date; the backend decides whether the device is acceptable and says why when it is not.
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
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
        <div className="field">
          <label htmlFor="doc-type">Type de pièce</label>
          <select
            id="doc-type"
            data-autofocus
            value={type}
            aria-invalid={typeError ? true : undefined}
            aria-describedby={typeError ? 'doc-type-error' : undefined}
            onChange={(e) => { setType(e.target.value); setTypeError(null); }}
          >
            <option value="">— Choisir le type de pièce —</option>
            {(deviceTypes ?? []).map((d) => <option key={d.code} value={d.code}>{d.label}</option>)}
          </select>
          {typeError && <p id="doc-type-error" role="alert" className="field__error">{typeError}</p>}
        </div>
        <div className="field">
          <label htmlFor="doc-until">Date de fin de validité</label>
          <input
            id="doc-until"
            value={until}
            placeholder="JJ/MM/AAAA"
            autoComplete="off"
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? 'doc-until-error' : undefined}
            onChange={(e) => { setUntil(e.target.value); setDateError(null); }}
          />
          {dateError && <p id="doc-until-error" role="alert" className="field__error">{dateError}</p>}
        </div>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog__actions">
          <button type="submit" className="btn btn--primary" aria-disabled={busy}>Enregistrer le contrôle</button>
          <button type="button" className="btn" onClick={onClose}>Annuler</button>
        </div>
      </form>
    </Dialog>
  );
}

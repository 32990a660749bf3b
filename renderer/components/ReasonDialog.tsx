// A dialog that asks for the required reason of a sensitive action (attribute, withdrawal,
// unlock), shows an optional warning, and keeps the dialog open with the backend's refusal.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog.js';

interface Props {
  title: string;
  confirmLabel: string;
  warning?: ReactNode;
  onClose(): void;
  /** Resolves with an error message to show, or null when done (the caller closes). */
  onConfirm(reason: string): Promise<string | null> | string | null;
}

export function ReasonDialog({ title, confirmLabel, warning, onClose, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation(); // never submit an enclosing form
    if (busy) return;
    if (!reason.trim()) {
      setError('Le motif est obligatoire.');
      return;
    }
    setBusy(true);
    const message = await onConfirm(reason.trim());
    setBusy(false);
    if (message) setError(message);
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {warning && <p className="warning-text">{warning}</p>}
        <div className="field">
          <label htmlFor="reason-input">Motif</label>
          <input
            id="reason-input"
            data-autofocus
            value={reason}
            maxLength={500}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reason-error' : undefined}
            onChange={(e) => { setReason(e.target.value); setError(null); }}
          />
          {error && <p id="reason-error" role="alert" className="field__error">{error}</p>}
        </div>
        <div className="dialog__actions">
          <button type="submit" className="btn btn--primary" aria-disabled={busy}>{confirmLabel}</button>
          <button type="button" className="btn" onClick={onClose}>Annuler</button>
        </div>
      </form>
    </Dialog>
  );
}

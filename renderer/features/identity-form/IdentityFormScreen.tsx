// Container of the create / edit screen: builds the form store (after loading the identity when
// editing), wires the COG look-ups, asks before dropping a typed draft on Échap / Annuler, and for a new
// patient hands the typed traits to « Interroger INSi » (Alt+I) and, at save, shows the identities that
// may already be this person (DuplicateCandidatesDialog).
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { StoreApi } from 'zustand';
import { Dialog } from '../../components/Dialog.js';
import { failureMessage } from '../../api/client.js';
import { useStores } from '../../stores/context.js';
import { createFormStore, draftFromView, type DraftValues, type FormState } from '../../stores/form-store.js';
import { DuplicateCandidatesDialog } from './DuplicateCandidatesDialog.js';
import { IdentityForm } from './IdentityForm.js';

interface Props {
  /** null: a new identity. */
  id: number | null;
  /** New identity: the traits to start from (back from INSi). */
  initialDraft?: DraftValues;
}

export function IdentityFormScreen({ id, initialDraft }: Props) {
  const { api, nav, search } = useStores();
  const [form, setForm] = useState<StoreApi<FormState> | null>(
    id === null ? () => createFormStore(api, null, undefined, initialDraft) : null,
  );
  const [error, setError] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    api.call('identity.get', { id }).then(
      (view) => live && setForm(createFormStore(api, view)),
      (err) => live && setError(failureMessage(err)),
    );
    return () => { live = false; };
  }, [api, id]);

  const suggest = useCallback(
    (query: string, birthDate: string | undefined) => api.call('reference.cogSuggest', { query, limit: 12, ...(birthDate ? { birthDate } : {}) }),
    [api],
  );
  const describe = useCallback(
    (code: string, birthDate: string | undefined) => api.call('reference.cogDescribe', { code, ...(birthDate ? { birthDate } : {}) }),
    [api],
  );

  const leave = () => nav.getState().go(id === null ? { screen: 'search' } : { screen: 'detail', id });
  const dirty = () => {
    const st = form?.getState();
    if (!st) return false;
    const initial = st.original ? draftFromView(st.original) : null;
    return Object.entries(st.draft).some(([k, v]) => v !== (initial ? initial[k as keyof typeof initial] : ''));
  };
  const cancel = () => (dirty() ? setConfirmLeave(true) : leave());
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !confirmLeave) {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };

  const title = id === null ? 'Nouvelle identité' : 'Modifier l’identité';
  return (
    <main className="screen" aria-labelledby="form-title" onKeyDown={onKeyDown}>
      <div className="screen__head">
        <h1 id="form-title">{title}</h1>
      </div>
      {error && <p role="alert" className="form-error">{error}</p>}
      {!form && !error && <p role="status">Chargement…</p>}
      {form && (
        <IdentityForm
          form={form}
          searchQuery={search.getState().query.trim() || undefined}
          onSaved={(savedId) => nav.getState().go({ screen: 'detail', id: savedId })}
          onCancel={cancel}
          onInsi={
            id === null
              ? () => nav.getState().go({ screen: 'insi', subject: { kind: 'draft', draft: { ...form.getState().draft }, from: 'create' } })
              : undefined
          }
          suggest={suggest}
          describe={describe}
        />
      )}
      {form && id === null && (
        <DuplicateCandidatesDialog
          form={form}
          onOpen={(existingId) => nav.getState().go({ screen: 'detail', id: existingId })}
          onCreated={(savedId) => nav.getState().go({ screen: 'detail', id: savedId })}
        />
      )}
      {confirmLeave && (
        <Dialog title="Abandonner la saisie ?" onClose={() => setConfirmLeave(false)}>
          <p>Les informations saisies ne seront pas enregistrées.</p>
          <div className="dialog__actions">
            <button type="button" className="btn" data-autofocus onClick={() => setConfirmLeave(false)}>Continuer la saisie</button>
            <button type="button" className="btn btn--danger" onClick={leave}>Abandonner</button>
          </div>
        </Dialog>
      )}
    </main>
  );
}

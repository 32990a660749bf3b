// Container of an opened identity (the backend journals the access): header with the status badge,
// the card, the actions (Modifier Alt+M, Interroger INSi Alt+I — refused with its reason for a douteuse
// or fictive identity —, contrôle de pièce Alt+D, attributs, Historique Alt+H). An identity absorbed by a
// merge is read-only: a banner says where it went, with a button to open the surviving identity.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { ATTRIBUTE_LABELS } from '../../../core/identity/labels.js';
import { IDENTITY_ATTRIBUTES, type IdentityAttribute } from '../../../core/identity/types.js';
import { AttributeChips } from '../../components/AttributeChips.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { isAlt } from '../../lib/keys.js';
import { useStores } from '../../stores/context.js';
import { createIdentityStore } from '../../stores/identity-store.js';
import { DocumentCheckDialog } from './DocumentCheckDialog.js';
import { HistoryPanel } from './HistoryPanel.js';
import { IdentityCard } from './IdentityCard.js';

type OpenDialog = null | { kind: 'doc' } | { kind: 'withdraw' } | { kind: 'attr'; attribute: IdentityAttribute; value: boolean };

interface Props {
  id: number;
  /** A confirmation to show on arrival (INSi acceptance or refusal). */
  notice?: string;
}

export function IdentityDetailScreen({ id, notice }: Props) {
  const { api, nav } = useStores();
  const [store] = useState(() => {
    const st = createIdentityStore(api, id);
    if (notice) st.setState({ notice });
    return st;
  });
  const s = useStore(store);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = s.view !== null;

  useEffect(() => { void store.getState().load(); }, [store]);
  useEffect(() => { if (loaded) heading.current?.focus(); }, [loaded]);

  const openDoc = () => { void store.getState().loadDeviceTypes(); setDialog({ kind: 'doc' }); };
  const toggleHistory = () => {
    if (!historyOpen) void store.getState().loadHistory();
    setHistoryOpen(!historyOpen);
  };
  const edit = () => nav.getState().go({ screen: 'edit', id });
  const callInsi = () => {
    const view = store.getState().view;
    if (view?.insiCall.allowed) nav.getState().go({ screen: 'insi', subject: { kind: 'identity', view } });
    else document.getElementById('insi-call')?.focus(); // the reason is its description
  };

  const keys = useRef({ openDoc, toggleHistory, edit, callInsi, dialog });
  keys.current = { openDoc, toggleHistory, edit, callInsi, dialog };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      const view = store.getState().view;
      if (k.dialog || !view) return;
      if (isAlt(e, 'h')) k.toggleHistory();
      else if (view.mergedInto) return; // read-only: only the history
      else if (isAlt(e, 'm')) k.edit();
      else if (isAlt(e, 'd')) k.openDoc();
      else if (isAlt(e, 'i')) k.callInsi();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const close = () => setDialog(null);
  const done = (message: string | null) => { if (!message) close(); return message; };
  const v = s.view;

  return (
    <main className="screen" aria-labelledby="detail-title">
      {s.loading && !v && <p role="status">Chargement…</p>}
      {s.error && <p role="alert" className="form-error">{s.error}</p>}
      {v && (
        <>
          <div className="screen__head detail-head">
            <h1 id="detail-title" ref={heading} tabIndex={-1}>
              {v.birthName} <span className="first-name">{v.firstBirthName}</span>
            </h1>
            <StatusBadge status={v.status} missingForQualified={v.missingForQualified} />
            <AttributeChips attributes={v.attributes.map((a) => a.attribute)} birthDateCorrected={v.birthDateCorrected} />
          </div>
          {s.notice && <p role="status" className="notice">{s.notice}</p>}
          {v.mergedInto && (
            <div className="merged-banner" role="note">
              <span>Identité fusionnée dans l'IPP {v.mergedInto.ipp} : elle n'est plus modifiable.</span>
              <button type="button" className="btn" onClick={() => nav.getState().go({ screen: 'detail', id: v.mergedInto!.id })}>
                Ouvrir l'identité IPP {v.mergedInto.ipp}
              </button>
            </div>
          )}
          {v.ippAliases && v.ippAliases.length > 0 && (
            <p className="hint">Anciens IPP fusionnés dans cette identité (retrouvés par la recherche) : {v.ippAliases.join(', ')}</p>
          )}
          <div className="toolbar" role="toolbar" aria-label="Actions sur l’identité">
            {!v.mergedInto && (
              <>
                <button type="button" className="btn" onClick={edit} aria-keyshortcuts="Alt+M">Modifier</button>
                <button
                  id="insi-call"
                  type="button"
                  className="btn"
                  onClick={callInsi}
                  aria-keyshortcuts="Alt+I"
                  aria-disabled={!v.insiCall.allowed}
                  aria-describedby={v.insiCall.allowed ? undefined : 'insi-call-reason'}
                >
                  Interroger INSi
                </button>
                <button type="button" className="btn" onClick={openDoc} aria-keyshortcuts="Alt+D">Contrôle de pièce d'identité</button>
                {v.documentCheck && (
                  <button type="button" className="btn" onClick={() => setDialog({ kind: 'withdraw' })}>Retirer le contrôle</button>
                )}
              </>
            )}
            <button type="button" className="btn" onClick={toggleHistory} aria-expanded={historyOpen} aria-keyshortcuts="Alt+H">Historique</button>
          </div>
          {!v.insiCall.allowed && !v.mergedInto && (
            <p id="insi-call-reason" className="warning-text insi-reason">
              Interrogation INSi impossible : {v.insiCall.reason ?? 'non autorisée pour cette identité.'}
            </p>
          )}
          <IdentityCard view={v} />
          <section className="card" aria-labelledby="attr-title">
            <h2 id="attr-title">Attributs</h2>
            <ul className="attributes">
              {IDENTITY_ATTRIBUTES.map((a) => {
                const state = v.attributes.find((x) => x.attribute === a);
                return (
                  <li key={a}>
                    <span>{ATTRIBUTE_LABELS[a]} : {state ? `oui — ${state.reason}` : 'non'}</span>
                    {!v.mergedInto && (
                      <button type="button" className="btn btn--small" onClick={() => setDialog({ kind: 'attr', attribute: a, value: !state })}>
                        {state ? `Retirer « ${a} »` : `Marquer « ${a} »`}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
          {historyOpen && <HistoryPanel entries={s.history} />}
        </>
      )}
      {dialog?.kind === 'doc' && (
        <DocumentCheckDialog
          deviceTypes={s.deviceTypes}
          onClose={close}
          onConfirm={async (type, until) => done(await store.getState().recordDocumentCheck(type, until))}
        />
      )}
      {dialog?.kind === 'withdraw' && (
        <ReasonDialog
          title="Retirer le contrôle de pièce d'identité"
          confirmLabel="Retirer le contrôle"
          warning="Sans contrôle de pièce d'identité, l'identité ne peut être ni validée ni qualifiée."
          onClose={close}
          onConfirm={async (reason) => done(await store.getState().withdrawDocumentCheck(reason))}
        />
      )}
      {dialog?.kind === 'attr' && (
        <ReasonDialog
          title={`${dialog.value ? 'Marquer' : 'Retirer'} : ${ATTRIBUTE_LABELS[dialog.attribute]}`}
          confirmLabel={dialog.value ? 'Marquer' : 'Retirer'}
          warning={
            dialog.value && dialog.attribute !== 'homonyme'
              ? 'Une identité douteuse ou fictive reste provisoire : pas d’appel INSi, INS invalidé (conservé dans l’historique).'
              : undefined
          }
          onClose={close}
          onConfirm={async (reason) => done(await store.getState().setAttribute(dialog.attribute, dialog.value, reason))}
        />
      )}
    </main>
  );
}

// One candidate pair side by side: which record survives, for each trait which value the survivor keeps
// (radio per differing field, the survivor's own by default), the differences highlighted, and the
// decisions — Fusionner (Alt+U), Personnes distinctes (Alt+P), Homonymes (Alt+H) — each asking for a
// reason; Échap goes back to the list. Keyboard only is enough: radios, buttons, dialogs.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ATTRIBUTE_LABELS, STATUS_LABELS } from '../../../core/identity/labels.js';
import type { MergeField } from '../../../core/merge/plan.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { formatDateTime } from '../../lib/format.js';
import { isAlt } from '../../lib/keys.js';
import type { MergeChoices, PairDetail } from '../../stores/duplicates-store.js';
import { defaultSurvivor, keepAll, mergeConsequences, toContractChoices, type Side, type SideChoices } from './merge-form.js';

interface Props {
  detail: PairDetail;
  onBack(): void;
  onMerge(survivor: Side, choices: MergeChoices, reason: string): Promise<string | null>;
  onDecide(decision: 'distinct' | 'homonyme', reason: string): Promise<string | null>;
}

type Dialog = null | 'merge' | 'distinct' | 'homonyme';

export function PairView({ detail, onBack, onMerge, onDecide }: Props) {
  const [survivor, setSurvivor] = useState<Side>(() => defaultSurvivor(detail));
  const [choices, setChoices] = useState<SideChoices>(() => keepAll(defaultSurvivor(detail)));
  const [dialog, setDialog] = useState<Dialog>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { a, b, pair } = detail;
  const open = pair.status === 'open';

  useEffect(() => heading.current?.focus(), [pair.id]);

  const chooseSurvivor = (side: Side) => {
    setSurvivor(side);
    setChoices(keepAll(side));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (dialog) return;
    if (e.key === 'Escape') onBack();
    else if (open && isAlt(e, 'u')) setDialog('merge');
    else if (open && isAlt(e, 'p')) setDialog('distinct');
    else if (open && isAlt(e, 'h')) setDialog('homonyme');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const ippOf = (side: Side) => (side === 'a' ? a.ipp : b.ipp);
  const absorbed: Side = survivor === 'a' ? 'b' : 'a';
  const info = (label: string, render: (v: PairDetail['a']) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{render(a)}</td>
      <td>{render(b)}</td>
    </tr>
  );

  return (
    <section className="pair-view" aria-labelledby="pair-title" onKeyDown={onKeyDown}>
      <h2 id="pair-title" ref={heading} tabIndex={-1}>
        {pair.kind === 'collision' ? 'Collision : même INS' : 'Doublon potentiel'} — IPP {a.ipp} / IPP {b.ipp}
      </h2>
      <p className="hint">
        Score {Math.round(pair.score * 100)} % — {pair.reasons.map((r) => r.label).join(', ') || 'aucun motif'}
        {!open && ` — paire déjà traitée (${pair.status})`}
      </p>
      <div className="toolbar" role="toolbar" aria-label="Décision sur la paire">
        <button type="button" className="btn btn--primary" onClick={() => setDialog('merge')} aria-keyshortcuts="Alt+U" disabled={!open}>Fusionner</button>
        <button type="button" className="btn" onClick={() => setDialog('distinct')} aria-keyshortcuts="Alt+P" disabled={!open}>Personnes distinctes</button>
        <button type="button" className="btn" onClick={() => setDialog('homonyme')} aria-keyshortcuts="Alt+H" disabled={!open}>Homonymes</button>
        <button type="button" className="btn" onClick={onBack} aria-keyshortcuts="Escape">Retour à la liste</button>
      </div>
      <fieldset className="survivor-choice">
        <legend>Identité conservée (l'autre devient un alias)</legend>
        {(['a', 'b'] as const).map((side) => {
          const v = side === 'a' ? a : b;
          return (
            <label key={side} className="radio">
              <input type="radio" name="survivor" value={side} checked={survivor === side} onChange={() => chooseSurvivor(side)} />
              IPP {v.ipp} — {STATUS_LABELS[v.status]}, créée le {formatDateTime(v.createdAt)}
            </label>
          );
        })}
      </fieldset>
      <table className="pair-table">
        <caption className="visually-hidden">Traits des deux identités ; pour chaque trait différent, choisissez la valeur gardée</caption>
        <thead>
          <tr>
            <th scope="col">Trait</th>
            <th scope="col">IPP {a.ipp}{survivor === 'a' ? ' (conservée)' : ''}</th>
            <th scope="col">IPP {b.ipp}{survivor === 'b' ? ' (conservée)' : ''}</th>
          </tr>
        </thead>
        <tbody>
          {detail.fields.map((f) => {
            const differs = !f.equal;
            const cell = (side: Side) => {
              const value = (side === 'a' ? f.a : f.b) ?? '—';
              if (!f.choosable || !differs || !open) return <span className="mono">{value}</span>;
              return (
                <label className="radio">
                  <input
                    type="radio"
                    name={`keep-${f.field}`}
                    checked={choices[f.field as MergeField] === side}
                    onChange={() => setChoices({ ...choices, [f.field]: side })}
                  />
                  <span className="mono">{value}</span>
                  <span className="visually-hidden"> — garder la valeur de l'IPP {ippOf(side)}</span>
                </label>
              );
            };
            return (
              <tr key={f.field} className={differs ? 'pair-row--different' : undefined}>
                <th scope="row">
                  {f.label}
                  {differs && <span className="chip chip--diff">différent</span>}
                </th>
                <td>{cell('a')}</td>
                <td>{cell('b')}</td>
              </tr>
            );
          })}
          {info('Statut', (v) => STATUS_LABELS[v.status])}
          {info('Attributs', (v) => v.attributes.map((x) => ATTRIBUTE_LABELS[x.attribute]).join(', ') || '—')}
          {info("Contrôle de pièce d'identité", (v) => (v.documentCheck ? `${v.documentCheck.deviceLabel}, le ${formatDateTime(v.documentCheck.checkedAt)}` : '—'))}
          {info('Traits vérifiés par INSi', (v) => (v.insiVerifiedAt ? `oui, le ${formatDateTime(v.insiVerifiedAt)}` : 'non'))}
          {info('Créée le', (v) => formatDateTime(v.createdAt))}
          {info('Anciens IPP (alias)', (v) => v.ippAliases.join(', ') || '—')}
        </tbody>
      </table>
      {dialog === 'merge' && (
        <ReasonDialog
          title={`Fusionner l'IPP ${ippOf(absorbed)} dans l'IPP ${ippOf(survivor)}`}
          confirmLabel="Fusionner"
          warning={
            <>
              {mergeConsequences(detail, survivor, choices).map((line) => (
                <span key={line} className="dialog__line">{line}</span>
              ))}
            </>
          }
          onClose={() => setDialog(null)}
          onConfirm={(reason) => onMerge(survivor, toContractChoices(survivor, choices), reason)}
        />
      )}
      {dialog === 'distinct' && (
        <ReasonDialog
          title="Personnes distinctes"
          confirmLabel="Confirmer : personnes distinctes"
          warning={`Les IPP ${a.ipp} et ${b.ipp} désignent deux personnes différentes : cette paire ne sera plus proposée.`}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => onDecide('distinct', reason)}
        />
      )}
      {dialog === 'homonyme' && (
        <ReasonDialog
          title="Homonymes"
          confirmLabel="Marquer homonymes"
          warning={`L'attribut « homonyme » sera posé sur les IPP ${a.ipp} et ${b.ipp}, avec ce motif ; la paire est close.`}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => onDecide('homonyme', reason)}
        />
      )}
    </section>
  );
}

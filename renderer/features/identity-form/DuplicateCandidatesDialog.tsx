// « Cette personne existe peut-être déjà »: shown when saving a new identity whose traits are close to
// identities already in the base. The typed traits and each candidate side by side, differences marked;
// focus on the first candidate's « Ouvrir la fiche existante » (Entrée opens it, nothing is created;
// ←/→ or ↑/↓ move between candidates), « Créer quand même » creates and journals the candidates seen,
// Échap goes back to the form.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { FIELD_LABELS, SEX_LABELS, STATUS_LABELS } from '../../../core/identity/labels.js';
import { Dialog } from '../../components/Dialog.js';
import { isoToFr } from '../../lib/format.js';
import type { DuplicateCheck, FormState } from '../../stores/form-store.js';

interface Props {
  form: StoreApi<FormState>;
  onOpen(id: number): void;
  onCreated(id: number): void;
}

type Typed = NonNullable<DuplicateCheck['typed']>;
type Candidate = DuplicateCheck['candidates'][number];

interface Row {
  label: string;
  typed: (t: Typed) => string;
  existing: (c: Candidate['identity']) => string;
  /** Compared on these values (codes rather than labels). */
  same: (t: Typed, c: Candidate['identity']) => boolean;
}

const ROWS: readonly Row[] = [
  { label: FIELD_LABELS.birthName, typed: (t) => t.birthName, existing: (c) => c.birthName, same: (t, c) => t.birthName === c.birthName },
  {
    label: FIELD_LABELS.birthFirstNames,
    typed: (t) => t.birthFirstNames,
    existing: (c) => c.birthFirstNames,
    same: (t, c) => t.birthFirstNames === c.birthFirstNames,
  },
  { label: FIELD_LABELS.birthDate, typed: (t) => isoToFr(t.birthDate), existing: (c) => isoToFr(c.birthDate), same: (t, c) => t.birthDate === c.birthDate },
  { label: FIELD_LABELS.sex, typed: (t) => SEX_LABELS[t.sex], existing: (c) => SEX_LABELS[c.sex], same: (t, c) => t.sex === c.sex },
  {
    label: FIELD_LABELS.birthplaceCog,
    typed: (t) => t.birthplaceLabel,
    existing: (c) => c.birthplaceLabel,
    same: (t, c) => t.birthplaceCog === c.birthplaceCog,
  },
  { label: FIELD_LABELS.usedName, typed: (t) => t.usedName ?? '—', existing: (c) => c.usedName ?? '—', same: (t, c) => (t.usedName ?? '') === (c.usedName ?? '') },
];

function Cell({ value, differs }: { value: string; differs: boolean }): ReactNode {
  return differs ? (
    <td className="mono dup-compare__diff">
      <mark>{value}</mark>
      <span className="visually-hidden"> (différent de la saisie)</span>
    </td>
  ) : (
    <td className="mono">{value}</td>
  );
}

export function DuplicateCandidatesDialog({ form, onOpen, onCreated }: Props) {
  const duplicates = useStore(form, (s) => s.duplicates);
  const saving = useStore(form, (s) => s.saving);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (!duplicates || !duplicates.typed || duplicates.candidates.length === 0) return null;
  const { typed, candidates } = duplicates;

  const createAnyway = async () => {
    const saved = await form.getState().createAnyway();
    if (saved) onCreated(saved.id);
  };
  const move = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    buttons.current[(index + step + candidates.length) % candidates.length]?.focus();
  };

  return (
    <Dialog title="Cette personne existe peut-être déjà" onClose={() => form.getState().dismissDuplicates()} wide>
      <p>
        {candidates.length === 1
          ? 'Une identité enregistrée ressemble à celle que vous créez.'
          : `${candidates.length} identités enregistrées ressemblent à celle que vous créez.`}{' '}
        Ouvrez la fiche existante plutôt que de créer un doublon.
      </p>
      <table className="insi-compare dup-compare">
        <caption className="visually-hidden">Traits saisis et identités existantes côte à côte</caption>
        <thead>
          <tr>
            <th scope="col">Trait</th>
            <th scope="col">Saisie</th>
            {candidates.map((c, i) => (
              <th scope="col" key={c.identity.id}>
                IPP {c.identity.ipp}
                <span className="dup-compare__status">{STATUS_LABELS[c.identity.status]}</span>
                <button
                  type="button"
                  className="btn btn--primary dup-compare__open"
                  ref={(el) => {
                    buttons.current[i] = el;
                  }}
                  data-autofocus={i === 0 ? true : undefined}
                  aria-label={`Ouvrir la fiche existante ${c.identity.birthName} ${c.identity.birthFirstNames}, IPP ${c.identity.ipp}`}
                  onKeyDown={(e) => move(e, i)}
                  onClick={() => onOpen(c.identity.id)}
                >
                  Ouvrir la fiche existante
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="mono">{row.typed(typed)}</td>
              {candidates.map((c) => (
                <Cell key={c.identity.id} value={row.existing(c.identity)} differs={!row.same(typed, c.identity)} />
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Motifs</th>
            <td />
            {candidates.map((c) => (
              <td key={c.identity.id}>
                {c.reasons.length > 0 ? c.reasons.map((r) => r.label).join(', ') : 'Traits très proches'}
                <span className="dup-compare__score"> — ressemblance {Math.round(c.score * 100)} %</span>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={() => form.getState().dismissDuplicates()}>
          Revenir à la saisie
        </button>
        <button type="button" className="btn btn--danger" aria-disabled={saving} onClick={() => void createAnyway()}>
          Créer quand même
        </button>
      </div>
    </Dialog>
  );
}

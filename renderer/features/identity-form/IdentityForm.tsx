// The identity form (create and edit), in RNIV order: strict traits, then used name and first name,
// then the IPP when editing. Shows each value as it will be stored, refuses to save while invalid,
// keeps strict traits read-only on a locked identity until « Déverrouiller les traits stricts ».
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { FIELD_LABELS, SEX_LABELS, STATUS_LABELS } from '../../../core/identity/labels.js';
import { SEXES } from '../../../core/identity/types.js';
import { ReasonDialog } from '../../components/ReasonDialog.js';
import { isoToFr } from '../../lib/format.js';
import { isAlt, isSave } from '../../lib/keys.js';
import { FORM_FIELDS, STRICT_FIELDS, fieldIssues, type FormField, type FormState } from '../../stores/form-store.js';
import { BirthplaceCombobox, type Birthplace, type CogSuggestion } from './BirthplaceCombobox.js';
import { FieldMessages, describedBy } from './FieldMessages.js';
import { TextField } from './TextField.js';

interface Props {
  form: StoreApi<FormState>;
  /** What the agent had typed in the search box, kept as a reminder. */
  searchQuery?: string;
  onSaved(id: number): void;
  onCancel(): void;
  /** New patient: ask INSi with the traits typed so far (Alt+I). */
  onInsi?: () => void;
  suggest(query: string, birthDate: string | undefined): Promise<CogSuggestion[]>;
  describe(code: string, birthDate: string | undefined): Promise<Birthplace | null>;
}

export const fieldId = (f: FormField) => `f-${f}`;
const HINTS: Partial<Record<FormField, string>> = {
  birthFirstNames: 'Tous les prénoms de naissance, dans l’ordre de la pièce d’identité, séparés par un espace.',
  firstBirthName: 'Laissé vide : le premier des prénoms de naissance.',
  birthDate: 'JJ/MM/AAAA, JJMMAAAA ou AAAA-MM-JJ ; 00 pour un jour ou un mois inconnu.',
  usedName: 'Seulement s’il diffère du nom de naissance.',
  usedFirstName: 'Seulement s’il diffère du premier prénom de naissance.',
};
const DOWNGRADE: Record<string, string> = {
  qualifiee: `Le statut passera de « ${STATUS_LABELS.qualifiee} » à « ${STATUS_LABELS.validee} ».`,
  recuperee: `Le statut passera de « ${STATUS_LABELS.recuperee} » à « ${STATUS_LABELS.provisoire} ».`,
  validee: `L’identité reste « ${STATUS_LABELS.validee} » ; le contrôle de pièce d’identité est conservé.`,
};

export function IdentityForm({ form, searchQuery, onSaved, onCancel, onInsi, suggest, describe }: Props) {
  const s = useStore(form);
  const [unlocking, setUnlocking] = useState(false);
  const wasLocked = useRef(s.locked);
  useEffect(() => {
    // once unlocked, the agent continues on the first strict trait
    if (wasLocked.current && !s.locked) document.getElementById(fieldId('birthName'))?.focus();
    wasLocked.current = s.locked;
  }, [s.locked]);
  const normalized = s.check?.normalized ?? {};
  const str = (k: string): string | null => {
    const v = normalized[k];
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const storedDate = str('birthDate') ? `${isoToFr(str('birthDate') ?? '')}${normalized.birthDateCorrected === true ? ' (date corrigée)' : ''}` : null;
  const ro = (f: FormField) => s.locked && STRICT_FIELDS.includes(f);
  const hasErrors = (s.check?.errors.length ?? 0) > 0 || s.serverIssues.length > 0;
  const otherIssues = s.serverIssues.filter((i) => !(FORM_FIELDS as readonly string[]).includes(i.field));

  const save = async () => {
    const saved = await form.getState().save();
    if (saved) return onSaved(saved.id);
    const st = form.getState();
    const bad = FORM_FIELDS.find((f) => fieldIssues(st, f).errors.length > 0);
    if (bad) document.getElementById(fieldId(bad))?.focus();
  };
  const onSubmit = (e: FormEvent) => { e.preventDefault(); void save(); };
  const onKeyDown = (e: KeyboardEvent) => {
    if (isSave(e)) { e.preventDefault(); e.stopPropagation(); void save(); }
    else if (onInsi && isAlt(e, 'i')) { e.preventDefault(); e.stopPropagation(); onInsi(); }
  };

  const text = (f: FormField, stored: string | null, autoFocus = false) => (
    <TextField
      key={f}
      id={fieldId(f)}
      label={FIELD_LABELS[f]}
      value={s.draft[f]}
      onChange={(v) => s.setField(f, v)}
      onBlur={() => s.touch(f)}
      readOnly={ro(f)}
      stored={stored}
      hint={HINTS[f]}
      autoFocus={autoFocus}
      {...fieldIssues(s, f)}
    />
  );
  const sexIssues = fieldIssues(s, 'sex');
  const placeIssues = fieldIssues(s, 'birthplaceCog');
  const firstEditable = s.locked ? 'usedName' : 'birthName';

  return (
    <>
      <form className="identity-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={s.mode === 'create' ? 'Nouvelle identité' : 'Modifier l’identité'}>
        {searchQuery && s.mode === 'create' && (
          <p className="hint">Recherche saisie : « {searchQuery} »</p>
        )}
        {s.original?.traitsLocked && (
          <div className={s.locked ? 'lock-banner' : 'lock-banner lock-banner--open'}>
            {s.locked ? (
              <>
                <p>Les traits stricts de cette identité ({STATUS_LABELS[s.original.status]}) sont verrouillés.</p>
                <button type="button" className="btn" onClick={() => setUnlocking(true)}>Déverrouiller les traits stricts</button>
              </>
            ) : (
              <p role="status">Traits stricts déverrouillés — motif : {s.unlockReason}. {DOWNGRADE[s.original.status] ?? ''}</p>
            )}
          </div>
        )}
        <fieldset className="form-grid">
          <legend>Traits stricts</legend>
          {text('birthName', str('birthName'), firstEditable === 'birthName')}
          {text('birthFirstNames', str('birthFirstNames'))}
          {text('firstBirthName', str('firstBirthName'))}
          {text('birthDate', storedDate)}
          <div className={`field${sexIssues.errors.length ? ' field--invalid' : ''}`}>
            <label htmlFor={fieldId('sex')}>{FIELD_LABELS.sex}</label>
            <select
              id={fieldId('sex')}
              value={s.draft.sex}
              disabled={ro('sex')}
              aria-invalid={sexIssues.errors.length > 0 ? true : undefined}
              aria-describedby={describedBy(fieldId('sex'), sexIssues)}
              onChange={(e) => s.setField('sex', e.target.value)}
              onBlur={() => s.touch('sex')}
            >
              <option value="">— Choisir —</option>
              {SEXES.map((x) => <option key={x} value={x}>{SEX_LABELS[x]}</option>)}
            </select>
            <FieldMessages fieldId={fieldId('sex')} {...sexIssues} />
          </div>
          <BirthplaceCombobox
            id={fieldId('birthplaceCog')}
            label={FIELD_LABELS.birthplaceCog}
            value={s.draft.birthplaceCog}
            birthDate={str('birthDate') ?? undefined}
            readOnly={ro('birthplaceCog')}
            onChange={(code) => s.setField('birthplaceCog', code)}
            onBlur={() => s.touch('birthplaceCog')}
            suggest={suggest}
            describe={describe}
            {...placeIssues}
          />
        </fieldset>
        <fieldset className="form-grid">
          <legend>Traits complémentaires</legend>
          {text('usedName', str('usedName'), firstEditable === 'usedName')}
          {text('usedFirstName', str('usedFirstName'))}
          {s.original && (
            <div className="field">
              <label htmlFor="f-ipp">{FIELD_LABELS.ipp}</label>
              <input id="f-ipp" value={s.original.ipp} readOnly className="mono" />
            </div>
          )}
        </fieldset>
        {otherIssues.map((i) => <p key={`${i.field}-${i.code}`} role="alert" className="form-error">{i.message}</p>)}
        {s.formError && <p role="alert" className="form-error">{s.formError}</p>}
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" aria-disabled={hasErrors || s.saving} aria-keyshortcuts="Control+S Control+Enter">
            Enregistrer
          </button>
          <span className="hint"><kbd>Ctrl+S</kbd> ou <kbd>Ctrl+Entrée</kbd></span>
          {onInsi && (
            <>
              <button type="button" className="btn" onClick={onInsi} aria-keyshortcuts="Alt+I">Interroger INSi</button>
              <span className="hint"><kbd>Alt+I</kbd></span>
            </>
          )}
          <button type="button" className="btn" onClick={onCancel}>Annuler</button>
          <span className="hint"><kbd>Échap</kbd></span>
        </div>
      </form>
      {unlocking && (
        <ReasonDialog
          title="Déverrouiller les traits stricts"
          confirmLabel="Déverrouiller"
          warning={`Modifier un trait strict fait perdre la vérification INSi (récupérée → provisoire, qualifiée → validée). ${s.original ? DOWNGRADE[s.original.status] ?? '' : ''}`}
          onClose={() => setUnlocking(false)}
          onConfirm={(reason) => { s.unlock(reason); setUnlocking(false); return null; }}
        />
      )}
    </>
  );
}

// The identity form (create and edit): the draft as typed, a debounced `identity.check` of the whole
// draft (normalised values, per-field errors and warnings), the strict-trait lock, and the save,
// which re-checks first and sends nothing while a field is invalid.
import { createStore } from 'zustand/vanilla';
import type { Out } from '../../core/contract/channels.js';
import type { FieldIssue, IdentityDraft } from '../../core/identity/types.js';
import { AppFailure, type Api, failureMessage } from '../api/client.js';
import { isoToDraftDate } from '../lib/format.js';
import type { IdentityView } from './identity-store.js';

export const FORM_FIELDS = [
  'birthName',
  'birthFirstNames',
  'firstBirthName',
  'birthDate',
  'sex',
  'birthplaceCog',
  'usedName',
  'usedFirstName',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export const STRICT_FIELDS: readonly FormField[] = FORM_FIELDS.slice(0, 6);

export type DraftValues = Record<FormField, string>;
export type CheckResult = Out<'identity.check'>;
export type DuplicateCheck = Out<'identity.duplicateCandidates'>;

export interface FormState {
  mode: 'create' | 'edit';
  original: IdentityView | null;
  draft: DraftValues;
  touched: Partial<Record<FormField, boolean>>;
  submitted: boolean;
  check: CheckResult | null;
  checking: boolean;
  serverIssues: FieldIssue[];
  locked: boolean;
  unlockReason: string | null;
  saving: boolean;
  formError: string | null;
  setField(field: FormField, value: string): void;
  touch(field: FormField): void;
  unlock(reason: string): void;
  /**
   * Resolves with the saved identity, or null when refused (messages are in the state) or when a new
   * identity may already exist (`duplicates` is then set, and nothing is created yet).
   */
  save(): Promise<IdentityView | null>;
  /** New identity: the possible duplicates found at save (« Cette personne existe peut-être déjà »). */
  duplicates: DuplicateCheck | null;
  /** Creates the new identity past the candidates shown; the creation journals that they were seen. */
  createAnyway(): Promise<IdentityView | null>;
  /** Back to the form without creating anything. */
  dismissDuplicates(): void;
}

export const CHECK_DEBOUNCE_MS = 150;

const EMPTY: DraftValues = {
  birthName: '', birthFirstNames: '', firstBirthName: '', birthDate: '', sex: '', birthplaceCog: '', usedName: '', usedFirstName: '',
};

export function draftFromView(v: IdentityView): DraftValues {
  return {
    birthName: v.birthName,
    birthFirstNames: v.birthFirstNames,
    firstBirthName: v.firstBirthName,
    birthDate: isoToDraftDate(v.birthDate, v.birthDateCorrected),
    sex: v.sex,
    birthplaceCog: v.birthplace.code,
    usedName: v.usedName ?? '',
    usedFirstName: v.usedFirstName ?? '',
  };
}

/** The draft as sent over the contract (blank optional fields → null). */
export function toDraft(d: DraftValues, original: IdentityView | null): IdentityDraft {
  const opt = (s: string) => (s.trim() === '' ? null : s);
  return {
    ...(original ? { ipp: original.ipp } : {}),
    birthName: d.birthName,
    birthFirstNames: d.birthFirstNames,
    firstBirthName: opt(d.firstBirthName),
    sex: d.sex,
    birthDate: d.birthDate,
    birthplaceCog: d.birthplaceCog,
    usedName: opt(d.usedName),
    usedFirstName: opt(d.usedFirstName),
  };
}

export const EMPTY_DRAFT: Readonly<DraftValues> = EMPTY;

/** `initial`: traits to start a new identity from (coming back from INSi with what was typed). */
export function createFormStore(api: Api, original: IdentityView | null, debounceMs = CHECK_DEBOUNCE_MS, initial?: DraftValues) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  return createStore<FormState>()((set, get) => {
    const runCheck = async () => {
      timer = null;
      const mine = ++seq;
      const draft = toDraft(get().draft, get().original);
      try {
        const check = await api.call('identity.check', { draft });
        if (mine === seq) set({ check, checking: false });
      } catch {
        // The check is advisory: the save re-validates on the backend and shows its issues.
        if (mine === seq) set({ checking: false });
      }
    };
    const schedule = () => {
      seq++;
      if (timer) clearTimeout(timer);
      set({ checking: true });
      timer = setTimeout(() => void runCheck(), debounceMs);
    };

    // traits brought back from INSi: show at once how they will be stored
    if (!original && initial) timer = setTimeout(() => void runCheck(), 0);

    return {
      mode: original ? 'edit' : 'create',
      original,
      draft: original ? draftFromView(original) : { ...(initial ?? EMPTY) },
      touched: {},
      submitted: false,
      check: null,
      checking: !original && Boolean(initial),
      serverIssues: [],
      locked: original?.traitsLocked ?? false,
      unlockReason: null,
      saving: false,
      formError: null,
      duplicates: null,
      setField(field, value) {
        const { draft, serverIssues, touched } = get();
        if (draft[field] === value) return;
        set({
          draft: { ...draft, [field]: value },
          touched: { ...touched, [field]: true },
          serverIssues: serverIssues.filter((i) => i.field !== field),
          formError: null,
        });
        schedule();
      },
      touch(field) {
        if (!get().touched[field]) set({ touched: { ...get().touched, [field]: true } });
      },
      unlock(reason) {
        set({ locked: false, unlockReason: reason });
      },
      async save() {
        if (get().saving) return null;
        set({ submitted: true, formError: null });
        if (get().checking || get().check === null) {
          if (timer) clearTimeout(timer);
          await runCheck();
        }
        const errors = get().check?.errors ?? [];
        if (errors.length > 0) {
          set({ formError: 'Enregistrement impossible : corrigez les champs signalés.' });
          return null;
        }
        const { original: orig, unlockReason } = get();
        const draft = toDraft(get().draft, orig);
        set({ saving: true });
        if (!orig) {
          try {
            const found = await api.call('identity.duplicateCandidates', { draft });
            if (found.candidates.length > 0) {
              set({ saving: false, duplicates: found });
              return null;
            }
          } catch {
            // Advisory like the live check: the creation itself still validates everything.
          }
        }
        try {
          const saved = orig
            ? await api.call('identity.update', {
                id: orig.id,
                version: orig.version,
                draft,
                ...(unlockReason ? { unlockReason } : {}),
              })
            : await api.call('identity.create', { draft });
          set({ saving: false });
          return saved;
        } catch (err) {
          const issues = err instanceof AppFailure ? err.issues : [];
          set({ saving: false, serverIssues: issues, formError: failureMessage(err) });
          return null;
        }
      },
      async createAnyway() {
        const shown = get().duplicates;
        if (!shown || get().saving) return null;
        set({ saving: true });
        try {
          const saved = await api.call('identity.create', {
            draft: toDraft(get().draft, null),
            duplicateCandidatesSeen: shown.candidates.map((c) => c.identity.id),
          });
          set({ saving: false, duplicates: null });
          return saved;
        } catch (err) {
          const issues = err instanceof AppFailure ? err.issues : [];
          set({ saving: false, duplicates: null, serverIssues: issues, formError: failureMessage(err) });
          return null;
        }
      },
      dismissDuplicates() {
        set({ duplicates: null });
      },
    };
  });
}

/** Issues to show on a field: the live check's once touched (or after a save attempt), and the backend's. */
type Issue = CheckResult['errors'][number];

export function fieldIssues(s: FormState, field: FormField): { errors: Issue[]; warnings: Issue[] } {
  const shown = s.touched[field] || s.submitted;
  const errors = [...(shown ? (s.check?.errors ?? []).filter((i) => i.field === field) : []), ...s.serverIssues.filter((i) => i.field === field)];
  const warnings = shown ? (s.check?.warnings ?? []).filter((i) => i.field === field) : [];
  return { errors, warnings };
}

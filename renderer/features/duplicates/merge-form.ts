// The merge form's rules, props-free: which record survives by default, the per-field choices expressed
// as « keep the value of record A or B » turned into the contract's survivor/absorbed, and the sentences
// of the confirmation dialog saying what the merge will do.
import { FIELD_LABELS, STATUS_LABELS } from '../../../core/identity/labels.js';
import { MERGE_FIELDS, STRICT_MERGE_FIELDS, type MergeField } from '../../../core/merge/plan.js';
import type { MergeChoices, PairDetail } from '../../stores/duplicates-store.js';

export type Side = 'a' | 'b';
export type SideChoices = Record<MergeField, Side>;

const STATUS_RANK = { provisoire: 0, recuperee: 1, validee: 2, qualifiee: 3 } as const;

/** The better-established record survives by default (higher status, else the older one, a). */
export function defaultSurvivor(detail: PairDetail): Side {
  return STATUS_RANK[detail.b.status] > STATUS_RANK[detail.a.status] ? 'b' : 'a';
}

/** Every field keeps the survivor's own value. */
export const keepAll = (survivor: Side): SideChoices => Object.fromEntries(MERGE_FIELDS.map((f) => [f, survivor])) as SideChoices;

export function toContractChoices(survivor: Side, choices: SideChoices): MergeChoices {
  return Object.fromEntries(MERGE_FIELDS.map((f) => [f, choices[f] === survivor ? 'survivor' : 'absorbed'])) as MergeChoices;
}

/** What the confirmation dialog says the merge will do. */
export function mergeConsequences(detail: PairDetail, survivor: Side, choices: SideChoices): string[] {
  const s = survivor === 'a' ? detail.a : detail.b;
  const x = survivor === 'a' ? detail.b : detail.a;
  const taken = detail.fields.filter((f) => f.choosable && !f.equal && choices[f.field as MergeField] !== survivor);
  const out = [
    `L'IPP ${x.ipp} devient un alias de l'IPP ${s.ipp} : une recherche par ${x.ipp} mènera à l'IPP ${s.ipp}. L'identité IPP ${x.ipp} ne sera plus modifiable ; son historique est conservé.`,
  ];
  out.push(
    taken.length === 0
      ? `L'IPP ${s.ipp} garde tous ses traits.`
      : `Repris de l'IPP ${x.ipp} : ${taken.map((f) => `${FIELD_LABELS[f.field as MergeField]} (${(survivor === 'a' ? f.b : f.a) ?? '—'})`).join(', ')}.`,
  );
  const strictTaken = taken.some((f) => (STRICT_MERGE_FIELDS as readonly string[]).includes(f.field));
  if (strictTaken && s.insiVerified) {
    out.push(`Des traits stricts changent : l'IPP ${s.ipp} perd la qualification INSi (${STATUS_LABELS[s.status]} rétrogradée), sauf si tous ses traits deviennent ceux, vérifiés par INSi, de l'IPP ${x.ipp}.`);
  }
  if ((!s.ins || s.ins.invalidated) && x.ins && !x.ins.invalidated) out.push(`L'INS de l'IPP ${x.ipp} passe à l'IPP ${s.ipp}.`);
  out.push('La fusion est journalisée et peut être annulée depuis « Fusions récentes ».');
  return out;
}

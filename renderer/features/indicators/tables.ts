// The dashboard's tables as rows (shown cells and CSV cells), built from the figures. Pure.
import { ACTIVITY_KINDS, ACTIVITY_LABELS, type ActivityCounts } from '../../../core/indicators/activity.js';
import { dayFr } from '../../../core/indicators/periods.js';
import { INSI_RESULTS, INSI_RESULT_LABELS } from '../../../core/indicators/insi-results.js';
import type { CsvCell } from '../../../core/indicators/csv.js';
import type { IndicatorsView } from '../../stores/indicators-store.js';
import type { Column } from './DataTable.js';
import { fmtInt, fmtRate, pctNumber } from './format.js';
import { ATTRIBUTE_LABELS, STATUS_LABELS } from './labels.js';

export interface TableData {
  columns: Column[];
  rows: string[][];
  csvRows: CsvCell[][];
}

const n = (label: string): Column => ({ label, numeric: true });

export function statusTable(d: IndicatorsView): TableData {
  const keys = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];
  const share = (v: number) => (d.totals.identities > 0 ? v / d.totals.identities : 0);
  return {
    columns: [{ label: 'Statut' }, n('Identités'), n('Part')],
    rows: keys.map((k) => [STATUS_LABELS[k], fmtInt(d.totals.byStatus[k]), fmtRate(share(d.totals.byStatus[k]))]),
    csvRows: keys.map((k) => [STATUS_LABELS[k], d.totals.byStatus[k], pctNumber(share(d.totals.byStatus[k]))]),
  };
}

export function attributeTable(d: IndicatorsView): TableData {
  const keys = Object.keys(ATTRIBUTE_LABELS) as (keyof typeof ATTRIBUTE_LABELS)[];
  return {
    columns: [{ label: 'Attribut' }, n('Identités')],
    rows: keys.map((k) => [ATTRIBUTE_LABELS[k], fmtInt(d.totals.byAttribute[k])]),
    csvRows: keys.map((k) => [ATTRIBUTE_LABELS[k], d.totals.byAttribute[k]]),
  };
}

export function qualificationTable(d: IndicatorsView): TableData {
  return {
    columns: [{ label: 'Période' }, n('Identités (fin de période)'), n('Qualifiées'), n('Taux de qualification'), n('Avec INS'), n('Taux INS'), n('Créations')],
    rows: d.series.map((s) => [s.label, fmtInt(s.identities), fmtInt(s.qualifiee), fmtRate(s.qualificationRate), fmtInt(s.withIns), fmtRate(s.insRate), fmtInt(s.creations)]),
    csvRows: d.series.map((s) => [`${dayFr(s.first)} - ${dayFr(s.last)}`, s.identities, s.qualifiee, pctNumber(s.qualificationRate), s.withIns, pctNumber(s.insRate), s.creations]),
  };
}

export function insiTable(d: IndicatorsView): TableData {
  const total = (s: Record<(typeof INSI_RESULTS)[number], number>) => INSI_RESULTS.reduce((t, r) => t + s[r], 0);
  return {
    columns: [{ label: 'Période' }, ...INSI_RESULTS.map((r) => n(INSI_RESULT_LABELS[r])), n('Total')],
    rows: d.series.map((s) => [s.label, ...INSI_RESULTS.map((r) => fmtInt(s.insi[r])), fmtInt(total(s.insi))]),
    csvRows: d.series.map((s) => [`${dayFr(s.first)} - ${dayFr(s.last)}`, ...INSI_RESULTS.map((r) => s.insi[r]), total(s.insi)]),
  };
}

export function verificationTable(d: IndicatorsView): TableData {
  const v = d.verifications;
  const run = v.lastRun;
  const lines: [string, number][] = [
    ['À faire maintenant', v.due],
    ['dont dernière opération INSi il y a 4 ans ou plus', v.dueByAge],
    ['dont matricule NIA (nouvel événement)', v.requested],
    ['Confirmées sur la période', v.confirmed],
    ['En échec sur la période', v.failed],
    ...(run ? ([[`Dernier lot (n° ${run.id}, ${dayFr(run.startedAt.slice(0, 10))}) : traitées`, run.done], ['Dernier lot : à réessayer (INSi indisponible)', run.unavailable]] as [string, number][]) : []),
  ];
  return {
    columns: [{ label: 'Re-vérifications' }, n('Identités')],
    rows: lines.map(([l, c]) => [l, fmtInt(c)]),
    csvRows: lines,
  };
}

export type ActivityRow = { name: string; total: number } & ActivityCounts;

export function activityTable(rows: readonly ActivityRow[], whoLabel: string): TableData {
  return {
    columns: [{ label: whoLabel }, ...ACTIVITY_KINDS.map((k) => n(ACTIVITY_LABELS[k])), n('Total')],
    rows: rows.map((r) => [r.name, ...ACTIVITY_KINDS.map((k) => fmtInt(r[k])), fmtInt(r.total)]),
    csvRows: rows.map((r) => [r.name, ...ACTIVITY_KINDS.map((k) => r[k]), r.total]),
  };
}

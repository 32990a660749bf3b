// « Indicateurs » (Identitovigilance, referent only): key figures, identities by status and attribute, the
// qualification rate over time, INSi calls by result, re-verifications, activity per operator and per
// workstation. Each chart has its data table, each table its CSV export. Figures are read once on arrival.
import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { dayFr } from '../../../core/indicators/periods.js';
import { useStores } from '../../stores/context.js';
import { createIndicatorsStore } from '../../stores/indicators-store.js';
import { InsiChart, RateChart, StatusChart } from './Charts.js';
import { DataTable } from './DataTable.js';
import { fmtInt } from './format.js';
import { KeyFigures } from './KeyFigures.js';
import { PeriodControls } from './PeriodControls.js';
import { activityTable, attributeTable, insiTable, qualificationTable, statusTable, verificationTable, type TableData } from './tables.js';

function Block({ id, title, chart, table, fileName }: { id: string; title: string; chart?: ReactNode; table: TableData; fileName: string }) {
  return (
    <section className="panel indicator-block" aria-labelledby={`ind-${id}`}>
      <h3 id={`ind-${id}`}>{title}</h3>
      {chart}
      <DataTable caption={title} columns={table.columns} rows={table.rows} csvRows={table.csvRows} fileName={fileName} />
    </section>
  );
}

export function IndicatorsTab() {
  const { api } = useStores();
  const [store] = useState(() => createIndicatorsStore(api));
  const s = useStore(store);
  useEffect(() => { void store.getState().load(); }, [store]);
  const d = s.data;
  const by = s.granularity === 'week' ? 'semaine' : 'mois';
  const stamp = d ? `${d.period.from}_${d.period.to}` : '';

  return (
    <div className="indicators">
      <h2>Indicateurs</h2>
      <PeriodControls
        granularity={s.granularity}
        from={d?.period.from ?? ''}
        to={d?.period.to ?? ''}
        busy={s.loading}
        onApply={(g, from, to) => void store.getState().apply(g, from, to)}
        onGranularity={(g) => void store.getState().apply(g, s.period?.from ?? '', s.period?.to ?? '')}
      />
      {s.error && <p role="alert" className="form-error">{s.error}</p>}
      {!d && !s.error && <p role="status">Calcul des indicateurs…</p>}
      {d && (
        <>
          <p className="hint" role="status">
            Période du {dayFr(d.period.from)} au {dayFr(d.period.to)}, par {by} ; situation au {dayFr(d.today)}
            {s.loading ? ' (mise à jour…)' : ''}. Journal pris en compte jusqu’à l’entrée n° {fmtInt(d.foldedSeq)}.
          </p>
          <KeyFigures data={d} />
          <div className="indicator-grid">
            <Block id="status" title="Identités par statut" chart={<StatusChart data={d} />} table={statusTable(d)} fileName={`identites-par-statut_${d.today}`} />
            <Block id="attributes" title="Identités par attribut" table={attributeTable(d)} fileName={`identites-par-attribut_${d.today}`} />
            <Block id="rate" title={`Taux de qualification par ${by}`} chart={<RateChart data={d} />} table={qualificationTable(d)} fileName={`qualification_${stamp}`} />
            <Block id="insi" title={`Appels INSi par résultat et par ${by}`} chart={<InsiChart data={d} />} table={insiTable(d)} fileName={`appels-insi_${stamp}`} />
            <Block id="verifications" title="Re-vérifications INSi" table={verificationTable(d)} fileName={`reverifications_${stamp}`} />
            <Block id="operators" title="Activité par opérateur" table={activityTable(d.operators.map((o) => ({ ...o, name: o.operator })), 'Opérateur')} fileName={`activite-operateurs_${stamp}`} />
            <Block id="workstations" title="Activité par poste" table={activityTable(d.workstations.map((w) => ({ ...w, name: w.workstation })), 'Poste')} fileName={`activite-postes_${stamp}`} />
          </div>
        </>
      )}
    </div>
  );
}

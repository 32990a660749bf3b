// The key figures at the top of the dashboard, as a description list in a region « Chiffres clés ».
import { INSI_RESULTS } from '../../../core/indicators/insi-results.js';
import type { IndicatorsView } from '../../stores/indicators-store.js';
import { fmtInt, fmtRate } from './format.js';

export function KeyFigures({ data }: { data: IndicatorsView }) {
  const t = data.totals;
  const calls = INSI_RESULTS.reduce((s, r) => s + data.insi[r], 0);
  const figures: [string, string, string][] = [
    ['Identités', fmtInt(t.identities), 'dans la base'],
    ['Taux de qualification', fmtRate(t.qualificationRate), `${fmtInt(t.byStatus.qualifiee)} qualifiées`],
    ['Avec INS', fmtRate(t.insRate), `${fmtInt(t.withIns)} identités`],
    ['Vérifications à faire', fmtInt(data.verifications.due), `${fmtInt(data.verifications.confirmed)} confirmées sur la période`],
    ['Doublons potentiels', fmtInt(data.duplicates.open), `dont ${fmtInt(data.duplicates.collisions)} collisions`],
    ['Appels INSi', fmtInt(calls), `${fmtInt(data.insi.cr00)} CR 00 sur la période`],
  ];
  return (
    <section aria-labelledby="key-figures-title">
      <h3 id="key-figures-title" className="visually-hidden">Chiffres clés</h3>
      <dl className="key-figures">
        {figures.map(([label, value, detail]) => (
          <div key={label} className="key-figure">
            <dt>{label}</dt>
            <dd>
              <span className="key-figure__value">{value}</span>
              <span className="key-figure__detail">{detail}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// Local and returned traits side by side (seed §3.2 « Gestion des retours »): one row per trait, the
// differing characters marked on each side, the verdict in words (with a symbol) and its explanation.
// Render only: the backend computed the comparison, nothing heavy happens here.
import type { Out } from '../../../core/contract/channels.js';
import { DiffText } from './DiffText.js';

type Comparison = NonNullable<Out<'insi.search'>['comparison']>;
type Verdict = Comparison['fields'][number]['verdict'];

const SYMBOLS: Record<Verdict, string> = {
  concordant: '✓',
  concordant_historique: '≈',
  different: '≠',
  absent_local: '+',
};

interface Props {
  comparison: Comparison;
  /** Column title of the local side: « Fiche locale » or « Saisie ». */
  localTitle: string;
  localName: string;
  /** Place names shown under the codes of the birthplace row. */
  localBirthplaceLabel: string | null;
  returnedBirthplaceLabel: string;
}

export function ComparisonTable({ comparison, localTitle, localName, localBirthplaceLabel, returnedBirthplaceLabel }: Props) {
  return (
    <table className="insi-compare" aria-label="Comparaison des traits">
      <thead>
        <tr>
          <th scope="col">Trait</th>
          <th scope="col">{localTitle}</th>
          <th scope="col">Retour INSi</th>
          <th scope="col">Résultat</th>
        </tr>
      </thead>
      <tbody>
        {comparison.fields.map((f) => (
          <tr key={f.field} className={`verdict-row verdict-row--${f.verdict}`}>
            <th scope="row">{f.label}</th>
            <td className="mono">
              <DiffText segments={f.segments} side="local" value={f.local} localName={localName} />
              {f.field === 'birthplace' && localBirthplaceLabel && <span className="place">{localBirthplaceLabel}</span>}
            </td>
            <td className="mono">
              <DiffText segments={f.segments} side="returned" value={f.returned} localName={localName} />
              {f.field === 'birthplace' && <span className="place">{returnedBirthplaceLabel}</span>}
            </td>
            <td>
              <span className={`verdict verdict--${f.verdict}`}>
                <span aria-hidden="true" className="verdict__symbol">{SYMBOLS[f.verdict]}</span> {f.verdictLabel}
              </span>
              {f.explanation && <span className="verdict__explanation">{f.explanation}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

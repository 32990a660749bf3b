// The document check recorded together with an INSi acceptance (RNIV RECO PP 03): device type with
// nothing preselected and its validity end date. Optional: both left empty, no check is recorded.
import type { DeviceType } from '../../stores/insi-store.js';

export interface DocumentCheckValues {
  type: string;
  until: string;
}

interface Props {
  deviceTypes: DeviceType[] | null;
  values: DocumentCheckValues;
  onChange(values: DocumentCheckValues): void;
  typeError: string | null;
  dateError: string | null;
}

export function DocumentCheckFields({ deviceTypes, values, onChange, typeError, dateError }: Props) {
  return (
    <fieldset className="insi-doc">
      <legend>Contrôle de pièce d'identité (avec l'acceptation)</legend>
      <p className="hint">
        Facultatif. Pièce à haut niveau de confiance vérifiée devant le patient (ni permis de conduire, ni carte Vitale) :
        l'identité acceptée devient « Identité qualifiée ».
      </p>
      <div className="insi-doc__fields">
        <div className="field">
          <label htmlFor="insi-doc-type">Type de pièce</label>
          <select
            id="insi-doc-type"
            value={values.type}
            aria-invalid={typeError ? true : undefined}
            aria-describedby={typeError ? 'insi-doc-type-error' : undefined}
            onChange={(e) => onChange({ ...values, type: e.target.value })}
          >
            <option value="">— Aucun contrôle / choisir le type de pièce —</option>
            {(deviceTypes ?? []).map((d) => <option key={d.code} value={d.code}>{d.label}</option>)}
          </select>
          {typeError && <p id="insi-doc-type-error" role="alert" className="field__error">{typeError}</p>}
        </div>
        <div className="field">
          <label htmlFor="insi-doc-until">Date de fin de validité</label>
          <input
            id="insi-doc-until"
            value={values.until}
            placeholder="JJ/MM/AAAA"
            autoComplete="off"
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? 'insi-doc-until-error' : undefined}
            onChange={(e) => onChange({ ...values, until: e.target.value })}
          />
          {dateError && <p id="insi-doc-until-error" role="alert" className="field__error">{dateError}</p>}
        </div>
      </div>
    </fieldset>
  );
}

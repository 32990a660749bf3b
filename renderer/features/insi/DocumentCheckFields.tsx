// The document check recorded together with an INSi acceptance (RNIV RECO PP 03): device type with
// nothing preselected and its validity end date. Optional: both left empty, no check is recorded.
import { DocumentCheckInputs, type DocumentCheckValues } from '../../components/DocumentCheckInputs.js';
import type { DeviceType } from '../../stores/insi-store.js';

export type { DocumentCheckValues };

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
        <DocumentCheckInputs
          idPrefix="insi-doc"
          emptyOption="— Aucun contrôle / choisir le type de pièce —"
          deviceTypes={deviceTypes}
          values={values}
          onChange={onChange}
          typeError={typeError}
          dateError={dateError}
        />
      </div>
    </fieldset>
  );
}

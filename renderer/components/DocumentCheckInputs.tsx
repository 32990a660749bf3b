// The two inputs of a document check, shared by the detail dialog and the INSi acceptance: the device
// type (nothing preselected, RNIV) and its validity end date (JJ/MM/AAAA), each with its own error.
import type { Out } from '../../core/contract/channels.js';

type DeviceType = Out<'reference.deviceTypes'>[number];

export interface DocumentCheckValues {
  type: string;
  until: string;
}

interface Props {
  /** Prefix of the input ids (`<idPrefix>-type`, `<idPrefix>-until`), so callers can move focus to them. */
  idPrefix: string;
  emptyOption: string;
  deviceTypes: DeviceType[] | null;
  values: DocumentCheckValues;
  onChange(values: DocumentCheckValues): void;
  typeError: string | null;
  dateError: string | null;
  autoFocus?: boolean;
}

export function DocumentCheckInputs({ idPrefix, emptyOption, deviceTypes, values, onChange, typeError, dateError, autoFocus }: Props) {
  const typeId = `${idPrefix}-type`;
  const untilId = `${idPrefix}-until`;
  return (
    <>
      <div className="field">
        <label htmlFor={typeId}>Type de pièce</label>
        <select
          id={typeId}
          data-autofocus={autoFocus ? true : undefined}
          value={values.type}
          aria-invalid={typeError ? true : undefined}
          aria-describedby={typeError ? `${typeId}-error` : undefined}
          onChange={(e) => onChange({ ...values, type: e.target.value })}
        >
          <option value="">{emptyOption}</option>
          {(deviceTypes ?? []).map((d) => <option key={d.code} value={d.code}>{d.label}</option>)}
        </select>
        {typeError && <p id={`${typeId}-error`} role="alert" className="field__error">{typeError}</p>}
      </div>
      <div className="field">
        <label htmlFor={untilId}>Date de fin de validité</label>
        <input
          id={untilId}
          value={values.until}
          placeholder="JJ/MM/AAAA"
          autoComplete="off"
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? `${untilId}-error` : undefined}
          onChange={(e) => onChange({ ...values, until: e.target.value })}
        />
        {dateError && <p id={`${untilId}-error`} role="alert" className="field__error">{dateError}</p>}
      </div>
    </>
  );
}

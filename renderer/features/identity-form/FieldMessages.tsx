// What sits under a form field: the value as it will be stored, then errors (role=alert) and
// warnings. Ids follow `${fieldId}-stored|-error|-warning` so inputs can point at them.
/** A field issue as the check and the backend report it (field names are draft keys). */
export interface Issue {
  field: string;
  code: string;
  message: string;
}

interface Props {
  fieldId: string;
  stored?: string | null;
  errors: Issue[];
  warnings: Issue[];
}

export function describedBy(fieldId: string, p: Omit<Props, 'fieldId'>): string | undefined {
  const ids = [
    p.stored && p.errors.length === 0 ? `${fieldId}-stored` : null,
    p.errors.length > 0 ? `${fieldId}-error` : null,
    p.warnings.length > 0 ? `${fieldId}-warning` : null,
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({ fieldId, stored, errors, warnings }: Props) {
  return (
    <>
      {stored && errors.length === 0 && (
        <p id={`${fieldId}-stored`} className="field__stored">
          Enregistré sous : <span className="mono">{stored}</span>
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${fieldId}-error`} role="alert" className="field__error">
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      {warnings.length > 0 && (
        <p id={`${fieldId}-warning`} className="field__warning">
          {warnings.map((w) => w.message).join(' ')}
        </p>
      )}
    </>
  );
}

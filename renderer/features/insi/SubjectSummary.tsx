// Who INSi will be asked about: the strict traits of the identity as stored, or those typed for a new
// patient (as typed; the backend normalises them before the call). Props only.
import { FIELD_LABELS, SEX_LABELS } from '../../../core/identity/labels.js';
import type { Sex } from '../../../core/identity/types.js';
import { isoToFr } from '../../lib/format.js';
import type { InsiSubject } from '../../stores/nav-store.js';

export function SubjectSummary({ subject }: { subject: InsiSubject }) {
  const rows: [string, string][] =
    subject.kind === 'identity'
      ? [
          [FIELD_LABELS.birthName, subject.view.birthName],
          [FIELD_LABELS.birthFirstNames, subject.view.birthFirstNames],
          [FIELD_LABELS.birthDate, isoToFr(subject.view.birthDate)],
          [FIELD_LABELS.sex, SEX_LABELS[subject.view.sex]],
          [FIELD_LABELS.birthplaceCog, `${subject.view.birthplace.label} (${subject.view.birthplace.code})`],
        ]
      : [
          [FIELD_LABELS.birthName, subject.draft.birthName],
          [FIELD_LABELS.birthFirstNames, subject.draft.birthFirstNames],
          [FIELD_LABELS.birthDate, subject.draft.birthDate],
          [FIELD_LABELS.sex, SEX_LABELS[subject.draft.sex as Sex] ?? subject.draft.sex],
          [FIELD_LABELS.birthplaceCog, subject.draft.birthplaceCog],
        ];
  return (
    <section className="card insi-subject" aria-labelledby="insi-subject-title">
      <h2 id="insi-subject-title">{subject.kind === 'identity' ? 'Identité de la fiche' : 'Nouveau patient — traits saisis'}</h2>
      <dl className="traits">
        {rows.map(([label, value]) => (
          <div key={label} className="trait">
            <dt>{label}</dt>
            <dd className="mono">{value.trim() || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

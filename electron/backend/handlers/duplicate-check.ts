// Handler of `identity.duplicateCandidates`: the typed traits, normalised as they would be stored, matched
// against the base (db/duplicates/creation-candidates.ts) and returned as search rows with the score and
// the French reasons. An invalid draft has no candidates yet: saving reports its errors.
import { DUPLICATE_REASON_LABELS } from '../../../core/duplicates/reasons.js';
import { validateIdentityDraft } from '../../../core/identity/validate.js';
import { findCreationCandidates } from '../../../db/duplicates/creation-candidates.js';
import { loadSearchRows } from '../../../db/search/rows.js';
import type { AppContext } from '../context.js';
import type { Handler } from '../dispatch.js';
import { validationDeps } from '../use-cases/common.js';
import { birthplaceLabel } from './reference.js';

export const duplicateCheckHandlers: {
  'identity.duplicateCandidates': Handler<'identity.duplicateCandidates', AppContext>;
} = {
  'identity.duplicateCandidates': ({ app }, { draft }) => {
    const { identity } = validateIdentityDraft(draft, validationDeps(app));
    if (!identity) return { typed: null, candidates: [] };
    const found = findCreationCandidates(app.db, {
      birthName: identity.birthName,
      birthFirstNames: identity.birthFirstNames,
      usedName: identity.usedName,
      sex: identity.sex,
      birthDate: identity.birthDate,
      birthplaceCog: identity.birthplaceCog,
      insMatricule: null,
      homonym: false,
    });
    const rows = loadSearchRows(app.db, found.map((c) => c.id));
    return {
      typed: {
        birthName: identity.birthName,
        birthFirstNames: identity.birthFirstNames,
        sex: identity.sex,
        birthDate: identity.birthDate,
        birthplaceCog: identity.birthplaceCog,
        birthplaceLabel: birthplaceLabel(app, identity.birthplaceCog, identity.birthDate),
        usedName: identity.usedName,
      },
      candidates: found.flatMap((c) => {
        const row = rows.get(c.id);
        if (!row) return [];
        return [
          {
            identity: { ...row, birthplaceLabel: birthplaceLabel(app, row.birthplaceCog, row.birthDate) },
            score: c.score,
            reasons: c.reasons.map((code) => ({ code, label: DUPLICATE_REASON_LABELS[code] ?? code })),
          },
        ];
      }),
    };
  },
};

// Handlers of the `reference.*` channels: the structure's high-trust device list and the COG birthplace
// reference (suggestions ranked for the birth date, description of a code as it was at birth).
import { describeBirthplace, suggestBirthplaces } from '../../../core/cog/index.js';
import { parseBirthDate } from '../../../core/identity/birth-date.js';
import { deviceTypes, type AppContext } from '../context.js';
import type { Handler } from '../dispatch.js';

/** A birth date as typed in the form, if it is already a valid date; else null (suggestions are then undated). */
function birthDateOrNull(app: AppContext, raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  const parsed = parseBirthDate(raw, app.clock.today());
  return parsed.ok ? parsed.iso : null;
}

/** Short place label for lists (« Ajaccio (2A) »); the code itself when outside the reference. */
export function birthplaceLabel(app: AppContext, code: string, birthDateIso: string): string {
  return describeBirthplace(app.cog, code, birthDateIso).label;
}

export const referenceHandlers: {
  'reference.deviceTypes': Handler<'reference.deviceTypes', AppContext>;
  'reference.cogSuggest': Handler<'reference.cogSuggest', AppContext>;
  'reference.cogDescribe': Handler<'reference.cogDescribe', AppContext>;
} = {
  'reference.deviceTypes': ({ app }) => [...deviceTypes(app.db)],
  'reference.cogSuggest': ({ app }, { query, birthDate, limit }) =>
    query.trim() === '' ? [] : suggestBirthplaces(app.cog, query, birthDateOrNull(app, birthDate), limit ?? 12),
  'reference.cogDescribe': ({ app }, { code, birthDate }) => {
    if (code.trim() === '') return null;
    return describeBirthplace(app.cog, code, birthDateOrNull(app, birthDate));
  },
};

// Handler of the referent dashboard: folds the new journal entries, then reads the figures (db/indicators).
import { indicators } from '../../../db/indicators/index.js';
import type { AppContext } from '../context.js';
import type { Handler } from '../dispatch.js';

export const indicatorsHandlers: { 'indicators.get': Handler<'indicators.get', AppContext> } = {
  'indicators.get': ({ app }, input) => indicators(app.db, app.clock, input),
};

// The complete handler map of the contract: one entry per channel, checked exhaustively by type.
import type { AppContext } from '../context.js';
import type { Handlers } from '../dispatch.js';
import { adminHandlers } from './admin.js';
import { duplicateCheckHandlers } from './duplicate-check.js';
import { duplicatesHandlers } from './duplicates.js';
import { identityHandlers } from './identity.js';
import { indicatorsHandlers } from './indicators.js';
import { insiHandlers } from './insi.js';
import { journalHandlers } from './journal.js';
import { referenceHandlers } from './reference.js';
import { sessionHandlers } from './session.js';
import { verificationHandlers } from './verification.js';

export const handlers: Handlers<AppContext> = {
  ...sessionHandlers,
  ...identityHandlers,
  ...duplicateCheckHandlers,
  ...referenceHandlers,
  ...adminHandlers,
  ...insiHandlers,
  ...journalHandlers,
  ...indicatorsHandlers,
  ...duplicatesHandlers,
  ...verificationHandlers,
};

// The complete handler map of the contract: one entry per channel, checked exhaustively by type.
import type { AppContext } from '../context.js';
import type { Handlers } from '../dispatch.js';
import { adminHandlers } from './admin.js';
import { identityHandlers } from './identity.js';
import { insiHandlers } from './insi.js';
import { referenceHandlers } from './reference.js';
import { sessionHandlers } from './session.js';

export const handlers: Handlers<AppContext> = {
  ...sessionHandlers,
  ...identityHandlers,
  ...referenceHandlers,
  ...adminHandlers,
  ...insiHandlers,
};

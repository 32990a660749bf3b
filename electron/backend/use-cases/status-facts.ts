// Reads the two RNIV facts (INSi+, IV+) and the attributes of a stored identity, and derives its status.
import { deriveStatus } from '../../../core/identity/status.js';
import type { IdentityStatus, StatusFacts } from '../../../core/identity/types.js';
import type { Db } from '../../../db/connection.js';
import { activeDocumentCheck } from '../../../db/repos/document-checks.js';
import type { IdentityRecord } from '../../../db/repos/identities.js';

export function statusFacts(db: Db, identity: IdentityRecord, overrides: Partial<StatusFacts> = {}): StatusFacts {
  return {
    insiVerified: identity.insiVerifiedAt !== null,
    documentChecked: activeDocumentCheck(db, identity.id) !== null,
    attributes: identity.attributes,
    birthDateCorrected: identity.birthDateCorrected,
    sex: identity.sex,
    ...overrides,
  };
}

export function derivedStatus(db: Db, identity: IdentityRecord, overrides: Partial<StatusFacts> = {}): IdentityStatus {
  return deriveStatus(statusFacts(db, identity, overrides));
}

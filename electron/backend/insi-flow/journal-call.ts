// Journals one INSi wire call as it happens (identity.insi_call): traits sent, both SOAP frames, CR, INS and traits
// returned, fault, duration, endpoint and environment, operator and workstation. A call made for a patient not yet
// in the base is journaled on the system entity; the acceptance entry links it later through the call id.
import type { InsiCallRecord } from '../../../core/insi/types.js';
import { appendJournal } from '../../../db/journal/index.js';
import type { AppContext } from '../context.js';
import type { SessionOperator } from '../sessions.js';

export type CallPurpose = 'search' | 'verify';

export function journalInsiCall(
  ctx: AppContext,
  operator: SessionOperator,
  identityId: number | null,
  callId: string,
  purpose: CallPurpose,
  r: InsiCallRecord,
): number {
  return ctx.db.transaction(() =>
    appendJournal(ctx.db, {
      at: r.startedAt,
      operator: operator.username,
      workstation: ctx.workstation,
      action: 'identity.insi_call',
      entity: identityId === null ? 'system' : 'identity',
      entityId: identityId,
      reason: null,
      changes: [],
      data: {
        callId,
        purpose,
        operation: r.operation,
        endpoint: r.endpoint,
        environment: r.environment,
        messageId: r.messageId,
        startedAt: r.startedAt,
        durationMs: Math.round(r.durationMs),
        transportAttempt: r.transportAttempt,
        sent: r.sent,
        httpStatus: r.httpStatus,
        status: r.status,
        cr: r.crCode,
        crLabel: r.crLabel,
        ins: r.individual ? { active: r.individual.active, history: r.individual.history } : null,
        traits: r.individual?.traits ?? null,
        fault: r.fault,
        error: r.error,
        warnings: r.warnings,
        requestXml: r.requestXml,
        responseXml: r.responseXml,
      },
    }),
  )();
}
